package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.QuitCause;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class VolunteerMotivationTest {
    private static World calm(String... more) {
        String[] base = {"volunteers.base_hazard=0", "volunteers.weak_tie_hazard=0", "volunteers.ambiguity_loss=0", "volunteers.quit_threshold=0"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return tinyWorld(all);
    }

    @Test
    void motivationErodesWithoutATieToACoordinatorButNotWithAFullOne() {
        World w = calm("volunteers.drift=0.01");
        Volunteer loose = w.volunteers.get(0), tied = w.volunteers.get(1);
        w.residents.helpfulness[loose.resident] = 0.5f;
        w.residents.helpfulness[tied.resident] = 0.5f;
        loose.setMotivation(0.8);
        tied.setMotivation(0.8);
        loose.coordinatorTie = 0;
        tied.coordinatorTie = 1;
        tied.coachedThisWeek = true;
        new VolunteerMotivation().step(w);
        assertEquals(0.79, loose.motivation(), 1e-9);
        assertEquals(0.8, tied.motivation(), 1e-9);
    }

    @Test
    void theLessHelpfulLoseMotivationFaster() {
        World w = calm("volunteers.drift=0.01");
        Volunteer a = w.volunteers.get(0), b = w.volunteers.get(1);
        w.residents.helpfulness[a.resident] = 0.9f;
        w.residents.helpfulness[b.resident] = 0.1f;
        a.setMotivation(0.8);
        b.setMotivation(0.8);
        a.coordinatorTie = b.coordinatorTie = 0;
        new VolunteerMotivation().step(w);
        assertTrue(a.motivation() > b.motivation());
    }

    @Test
    void roleAmbiguityCostsMotivation() {
        World w = calm("volunteers.drift=0", "volunteers.ambiguity_loss=0.1");
        Volunteer v = w.volunteers.get(0);
        v.setMotivation(0.8);
        v.roleAmbiguity = 1;
        new VolunteerMotivation().step(w);
        assertEquals(0.7, v.motivation(), 1e-9);
        assertTrue(v.roleAmbiguity < 1, "ambiguity fades");
    }

    @Test
    void aVolunteerQuitsBelowTheThreshold() {
        World w = tinyWorld("volunteers.quit_threshold=0.3", "volunteers.base_hazard=0");
        Volunteer v = w.volunteers.get(0);
        v.setMotivation(0.1);
        new VolunteerMotivation().step(w);
        assertFalse(v.active);
        assertNull(w.residents.volunteer[v.resident]);
        assertFalse(v.initiative.volunteers.contains(v));
        assertEquals(1, w.tally().numerator(Outcome.VOLUNTEER_OUTFLOW_MOTIVATION));
    }

    @Test
    void whenTheKeyPersonLeavesTheOthersLoseMotivation() {
        World w = calm("volunteers.key_person_loss=0.2");
        Initiative ini = w.volunteers.stream().map(v -> v.initiative).filter(i -> i.volunteers.size() >= 2).findFirst().orElseThrow();
        Volunteer key = ini.keyPerson;
        Volunteer other = ini.volunteers.stream().filter(v -> v != key).findFirst().orElseThrow();
        other.setMotivation(0.9);
        w.quit(key, World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD);
        assertEquals(0.7, other.motivation(), 1e-9);
        assertNotNull(ini.keyPerson);
        assertNotSame(key, ini.keyPerson);
    }

    /** Issue 14: "Each quit records its cause: the largest negative contribution to her motivation over the 13 weeks before it". */
    @Test
    void aThresholdQuitIsPutDownToTheLargestLossOfTheLastThirteenWeeks() {
        World w = calm("volunteers.quit_threshold=0.3", "volunteers.drift=0");
        Volunteer v = w.volunteers.get(0);
        v.setMotivation(0.9);
        v.loseMotivation(QuitCause.FUNDING_UNCERTAINTY, 0.4); // large, but 14 weeks ago by the time she quits
        for (int i = 0; i < 13; i++) new VolunteerMotivation().step(w);
        v.loseMotivation(QuitCause.OVERLOAD, 0.1);
        v.loseMotivation(QuitCause.DUMPING, 0.15);
        assertEquals(0.25, v.motivation(), 1e-9);
        new VolunteerMotivation().step(w);
        assertFalse(v.active);
        assertEquals(1, w.tally().numerator(Outcome.VOLUNTEER_OUTFLOW_MOTIVATION));
        assertEquals(1, w.tally().numerator(Outcome.VOLUNTEER_OUTFLOW_CAUSE_DUMPING), "dumping lost her 0.15, overload 0.1; the funding loss is older than 13 weeks");
        assertEquals(0, w.tally().numerator(Outcome.VOLUNTEER_OUTFLOW_CAUSE_FUNDING_UNCERTAINTY));
    }

    /** MODEL.md step 8, "or with a small base hazard": with a full tie, every hazard quit is the base hazard, whatever her motivation. */
    @Test
    void aHazardQuitWithAFullTieIsTheBaseHazard() {
        World w = tinyWorld("volunteers.base_hazard=1", "volunteers.weak_tie_hazard=0.5", "volunteers.quit_threshold=0");
        for (Volunteer v : w.volunteers) {
            v.coordinatorTie = 1;
            v.coachedThisWeek = true; // the tie does not fade this week
        }
        int n = w.volunteers.size();
        w.volunteers.get(0).loseMotivation(QuitCause.OVERLOAD, 0.3); // a loss does not make a hazard quit hers
        new VolunteerMotivation().step(w);
        assertEquals(n, w.tally().numerator(Outcome.VOLUNTEER_OUTFLOW_OTHER));
        assertEquals(n, w.tally().numerator(Outcome.VOLUNTEER_OUTFLOW_CAUSE_BASE_HAZARD));
    }

    /**
     * Forner, Holtrop et al.: a weak relation with the coordinator goes with turnover directly. The
     * hazard a weak tie adds is put down to the missing coaching, and it grows as the tie weakens.
     */
    @Test
    void theHazardAWeakTieAddsIsPutDownToTheMissingCoaching() {
        World w = tinyWorld("volunteers.base_hazard=0", "volunteers.weak_tie_hazard=0.6", "volunteers.quit_threshold=0", "volunteers.drift=0",
                "volunteers.key_person_loss=0", "ties.coordinator_decay=0");
        for (Volunteer v : w.volunteers) v.coordinatorTie = 0;
        new VolunteerMotivation().step(w);
        double quits = w.tally().numerator(Outcome.VOLUNTEER_OUTFLOW_OTHER);
        assertTrue(quits > 0, "a weekly hazard of 0.6 makes some of them quit");
        assertEquals(quits, w.tally().numerator(Outcome.VOLUNTEER_OUTFLOW_CAUSE_NO_COACHING));
        Parameters.Volunteers vp = w.p.volunteers();
        assertEquals(0.6, VolunteerMotivation.hazard(vp, 0), 1e-12);
        assertEquals(0.3, VolunteerMotivation.hazard(vp, 0.5), 1e-12);
        assertEquals(0, VolunteerMotivation.hazard(vp, 1), 1e-12);
    }

    /** Without coaching a volunteer's tie to her coordinator fades (ties.coordinator_decay, not ties.decay). */
    @Test
    void theCoordinatorTieFadesInWeeksWithoutCoaching() {
        World w = calm("ties.coordinator_decay=0.5", "ties.decay=0");
        Volunteer coached = w.volunteers.get(0), not = w.volunteers.get(1);
        coached.coordinatorTie = not.coordinatorTie = 0.8;
        coached.coachedThisWeek = true;
        new VolunteerMotivation().step(w);
        assertEquals(0.8, coached.coordinatorTie, 1e-12);
        assertEquals(0.4, not.coordinatorTie, 1e-12);
    }
}
