package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.OutcomeRecorder;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.Need;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class ObservationTest {
    @Test
    void recordsStocksAndClosesTheWeek() {
        World w = tinyWorld();
        OutcomeRecorder rec = new OutcomeRecorder(52);
        w.useTally(rec.tally());
        w.newNeed(1, Need.Kind.LIGHT, 3);
        w.newNeed(2, Need.Kind.HEAVY, 3);
        new Observation(rec).step(w);
        assertEquals(1, w.week);
        RunResult r = rec.result();
        assertEquals(1, r.weeks());
        assertEquals(2, r.weekly(0, Outcome.NEEDS_OPEN));
        assertEquals(2, r.weekly(0, Outcome.NEEDS_NEW));
        assertEquals(w.volunteers.size(), r.weekly(0, Outcome.VOLUNTEERS_ACTIVE));
        assertEquals(0, rec.tally().numerator(Outcome.NEEDS_NEW), "the tally is cleared for the next week");
    }

    @Test
    void reachCountsNeedsAnsweredWithinFourWeeksOnceTheyAreFourWeeksOld() {
        World w = tinyWorld();
        OutcomeRecorder rec = new OutcomeRecorder(52);
        w.useTally(rec.tally());
        Need fast = w.newNeed(1, Need.Kind.LIGHT, 3);
        w.newNeed(2, Need.Kind.LIGHT, 3);
        for (int week = 0; week < 5; week++) {
            if (week == 2) w.answer(fast, Need.HelperKind.VOLUNTEER);
            new Observation(rec).step(w);
        }
        RunResult r = rec.result();
        assertTrue(Double.isNaN(r.weekly(3, Outcome.REACH_4W)), "no cohort is four weeks old yet");
        assertEquals(0.5, r.weekly(4, Outcome.REACH_4W), 1e-9);
    }

    /** MODEL.md section 6: "12-month retention of each yearly cohort" (not of weekly cohorts). */
    @Test
    void retentionOfEachYearlyCohortIsRecordedOnceAYear() {
        World w = tinyWorld("simulation.years=3");
        OutcomeRecorder rec = new OutcomeRecorder(156);
        w.useTally(rec.tally());
        java.util.List<nl.samenspel.model.Volunteer> joined = new java.util.ArrayList<>();
        nl.samenspel.model.Initiative ini = w.districts.get(0).initiatives.get(0);
        Observation observation = new Observation(rec);
        for (int week = 0; week < 156; week++) {
            if (week == 10 || week == 40) {
                for (int r = 0; r < w.residents.count && joined.size() < (week == 10 ? 3 : 4); r++) {
                    if (w.residents.volunteer[r] == null) joined.add(w.addVolunteer(r, ini, 0.8));
                }
            }
            if (week == 30) w.quit(joined.get(0), World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD); // before turning one
            if (week == 70) w.quit(joined.get(1), World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD); // after turning one (week 62)
            observation.step(w);
        }
        RunResult r = rec.result();
        for (int week = 0; week < 156; week++) {
            double v = r.weekly(week, Outcome.COHORT_RETENTION_12M);
            if (week == 103) assertEquals(3.0 / 4, v, 1e-12, "the first year's 4 newcomers: one left before her first year was out");
            else if (week != 51 && week != 155) assertTrue(Double.isNaN(v), "nothing recorded in week " + week);
        }
        assertTrue(Double.isNaN(r.weekly(155, Outcome.COHORT_RETENTION_12M)), "the second year had no newcomers");
    }
}
