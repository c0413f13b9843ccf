package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.District;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Provider;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class CalendarTest {
    @Test
    void cutRemovesEveryCoordinatorAndTheCoachingTies() {
        World w = tinyWorld("coordinators.cut_week=0");
        assertFalse(w.districts.get(0).coordinators.isEmpty());
        new Calendar().step(w);
        assertTrue(w.districts.get(0).coordinators.isEmpty());
        assertTrue(w.municipality.coordinatorsCut());
        for (Volunteer v : w.volunteers) {
            assertNull(v.coach);
            assertEquals(0, v.coordinatorTie);
        }
    }

    @Test
    void noCutWhenNoneIsScheduled() {
        World w = tinyWorld();
        int before = w.districts.get(0).coordinators.size();
        w.week = 300;
        new Calendar().step(w);
        assertEquals(before, w.districts.get(0).coordinators.size());
    }

    @Test
    void providerSwitchReplacesStaffAndLosesTies() {
        World w = tinyWorld("tender.interval_years=1", "tender.switch_chance=1", "tender.volunteer_quit_share=0", "tender.ambiguity_rise=0.5", "staff.new_staff_ambiguity=0");
        District d = w.districts.get(0);
        Provider old = d.provider;
        List<Professional> oldTeam = new ArrayList<>(d.team);
        w.ties.contact(oldTeam.get(0), d.coordinators.get(0), 0.8);
        assertEquals(1, w.ties.count());
        w.week = 52;
        new Calendar().step(w);
        assertNotSame(old, d.provider);
        for (Professional p : d.team) assertFalse(oldTeam.contains(p), "every professional is new");
        assertEquals(0, w.ties.count(), "ties of the old staff are lost");
        assertEquals(1, w.tally().numerator(Outcome.PROVIDER_SWITCHES));
        for (Volunteer v : w.volunteers) assertEquals(0.5, v.roleAmbiguity, 1e-9);
    }

    @Test
    void someVolunteersOfTheOldProviderQuitAtASwitch() {
        World w = tinyWorld("tender.interval_years=1", "tender.switch_chance=1", "tender.volunteer_quit_share=1");
        int volunteers = w.volunteers.size();
        assertTrue(volunteers > 0);
        w.week = 52;
        new Calendar().step(w);
        assertEquals(volunteers, w.tally().numerator(Outcome.VOLUNTEER_OUTFLOW_TENDER));
    }

    @Test
    void noTenderBetweenContractEnds() {
        World w = tinyWorld("tender.interval_years=3", "tender.switch_chance=1");
        Provider old = w.districts.get(0).provider;
        w.week = 52;
        new Calendar().step(w);
        assertSame(old, w.districts.get(0).provider);
    }

    @Test
    void lateYearlyDecisionLeavesPostsUnfundedAndCostsMotivation() {
        World w = tinyWorld("funding.contract=yearly", "funding.late_chance=1", "funding.late_weeks=12", "funding.uncertainty_loss=0.1");
        for (Volunteer v : w.volunteers) v.setMotivation(0.8);
        w.week = 52;
        new Calendar().step(w);
        for (Coordinator c : w.districts.get(0).coordinators) {
            assertFalse(c.isWorking(52));
            assertTrue(c.isWorking(64));
        }
        for (Volunteer v : w.volunteers) assertEquals(0.7, v.motivation(), 1e-9);
    }

    @Test
    void structuralFundingHasNoYearlyDecisions() {
        World w = tinyWorld("funding.late_chance=1");
        w.week = 52;
        new Calendar().step(w);
        for (Coordinator c : w.districts.get(0).coordinators) assertTrue(c.isWorking(52));
    }
}
