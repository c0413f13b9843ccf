package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.Wijkteam;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class StaffChurnTest {
    @Test
    void aLeaversTiesAreLostHerCasesWaitAndTheReplacementStartsAfterAVacancy() {
        World w = tinyWorld("staff.professional_hazard=1", "staff.coordinator_hazard=0", "staff.vacancy_weeks=6", "wijkteam.professionals=1");
        District d = w.districts.get(0);
        Professional leaver = d.team.get(0);
        w.ties.contact(leaver, d.coordinators.get(0), 0.9);
        Need n = w.newNeed(3, Need.Kind.HEAVY, 50);
        WijkteamIntake.takeCase(w, leaver, n);
        new StaffChurn().step(w);
        Professional next = d.team.get(0);
        assertNotSame(leaver, next);
        assertEquals(0, w.ties.count());
        assertTrue(d.teams.get(0).waitingList.contains(n));
        assertFalse(next.isWorking(w.week));
        assertTrue(next.isWorking(w.week + 6));
    }

    @Test
    void coordinatorsLeaveAndAreReplacedUnlessThePostsWereCut() {
        World w = tinyWorld("staff.coordinator_hazard=1", "staff.professional_hazard=0");
        District d = w.districts.get(0);
        List<Object> before = new ArrayList<>(d.coordinators);
        new StaffChurn().step(w);
        assertEquals(before.size(), d.coordinators.size());
        for (Object c : d.coordinators) assertFalse(before.contains(c));
        World cut = tinyWorld("staff.coordinator_hazard=1", "coordinators.cut_week=0");
        new Calendar().step(cut);
        new StaffChurn().step(cut);
        assertTrue(cut.districts.get(0).coordinators.isEmpty());
    }

    /**
     * 001:537-539 ("bij de komst van het wijkteam"), 000:228: a new professional brings unclear
     * roles to the volunteers of her team's area, a new coordinator to her own volunteers; not to
     * every volunteer of a district with several teams, where churn would then keep everyone's
     * ambiguity high the bigger the district (the scale test found it). A volunteer works with about
     * one professional of the team, so each gets the amount divided by the team's size: otherwise a
     * team of 15 brought three times a team of 5's unclear roles (the scale test found that too).
     */
    @Test
    void newStaffBringUnclearRolesOnlyToTheVolunteersTheyWorkWith() {
        World w = tinyWorld("wijkteam.professionals=4", "wijkteam.team_size=2", "volunteers.initial_share=0.2", "staff.new_staff_ambiguity=0.3");
        District d = w.districts.get(0);
        assertEquals(2, d.teams.size());
        Wijkteam team = d.teams.get(0);
        w.replace(team.members.get(0), 0);
        int[] wijkStart = w.residents.wijkStart;
        int inArea = 0;
        for (Volunteer v : w.volunteers) {
            boolean served = team.overlaps(wijkStart[v.initiative.wijk], wijkStart[v.initiative.wijk + 1]);
            assertEquals(served ? 0.3 / team.members.size() : 0, v.roleAmbiguity, 1e-9, "a volunteer " + (served ? "in" : "outside") + " the team's area, her share of a team of " + team.members.size());
            if (served) inArea++;
        }
        assertTrue(inArea > 0 && inArea < w.volunteers.size(), inArea + " of " + w.volunteers.size());

        for (Volunteer v : w.volunteers) v.roleAmbiguity = 0;
        Coordinator c = d.coordinators.get(0);
        List<Volunteer> hers = w.volunteers.stream().filter(v -> v.coach == c).toList();
        w.replace(c, 0);
        for (Volunteer v : w.volunteers) assertEquals(hers.contains(v) ? 0.3 : 0, v.roleAmbiguity, 1e-9);
        assertTrue(!hers.isEmpty() && hers.size() < w.volunteers.size(), hers.size() + " of " + w.volunteers.size());
    }
}
