package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.Professional;
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
}
