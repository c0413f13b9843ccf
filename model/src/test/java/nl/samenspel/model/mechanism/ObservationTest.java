package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.engine.CareSimulation;
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
        new Observation().step(w);
        CareSimulation.closeWeek(w, rec);
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
            new Observation().step(w);
        CareSimulation.closeWeek(w, rec);
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
        Observation observation = new Observation();
        for (int week = 0; week < 156; week++) {
            if (week == 10 || week == 40) {
                for (int r = 0; r < w.residents.count && joined.size() < (week == 10 ? 3 : 4); r++) {
                    if (w.residents.volunteer[r] == null) joined.add(w.addVolunteer(r, ini, 0.8));
                }
            }
            if (week == 30) w.quit(joined.get(0), World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD); // before turning one
            if (week == 70) w.quit(joined.get(1), World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD); // after turning one (week 62)
            observation.step(w);
            nl.samenspel.engine.CareSimulation.closeWeek(w, rec);
        }
        RunResult r = rec.result();
        for (int week = 0; week < 156; week++) {
            double v = r.weekly(week, Outcome.COHORT_RETENTION_12M);
            if (week == 103) assertEquals(3.0 / 4, v, 1e-12, "the first year's 4 newcomers: one left before her first year was out");
            else if (week != 51 && week != 155) assertTrue(Double.isNaN(v), "nothing recorded in week " + week);
        }
        assertTrue(Double.isNaN(r.weekly(155, Outcome.COHORT_RETENTION_12M)), "the second year had no newcomers");
    }

    /** MODEL.md section 6: "share of needs answered within 4 weeks, split by who answered (neighbour, volunteer, professional) and unanswered". */
    @Test
    void reachIsSplitByWhoAnsweredAndTheSplitsSumToOne() {
        World w = tinyWorld();
        OutcomeRecorder rec = new OutcomeRecorder(52);
        w.useTally(rec.tally());
        Need a = w.newNeed(1, Need.Kind.LIGHT, 3);
        Need b = w.newNeed(2, Need.Kind.LIGHT, 3);
        Need c = w.newNeed(3, Need.Kind.HEAVY, 3);
        w.newNeed(4, Need.Kind.LIGHT, 3);
        for (int week = 0; week < 5; week++) {
            if (week == 1) {
                w.answer(a, Need.HelperKind.NEIGHBOUR);
                w.match(w.volunteers.get(0), b);
                w.takeCase(w.districts.get(0).team.get(0), c);
            }
            new Observation().step(w);
            CareSimulation.closeWeek(w, rec);
        }
        RunResult r = rec.result();
        assertEquals(0.25, r.weekly(4, Outcome.REACH_4W_NEIGHBOUR), 1e-9);
        assertEquals(0.25, r.weekly(4, Outcome.REACH_4W_VOLUNTEER), 1e-9);
        assertEquals(0.25, r.weekly(4, Outcome.REACH_4W_PROFESSIONAL), 1e-9);
        assertEquals(0.25, r.weekly(4, Outcome.NOT_REACHED_4W), 1e-9);
    }

    /** MODEL.md section 6, cost: formal hours per need answered formally, each kind over its own answers. */
    @Test
    void costDividesFormalHoursByTheNeedsTheyAnswered() {
        World w = tinyWorld();
        OutcomeRecorder rec = new OutcomeRecorder(52);
        w.useTally(rec.tally());
        w.answer(w.newNeed(1, Need.Kind.LIGHT, 3), Need.HelperKind.NEIGHBOUR);
        w.match(w.volunteers.get(0), w.newNeed(2, Need.Kind.LIGHT, 3));
        w.takeCase(w.districts.get(0).team.get(0), w.newNeed(3, Need.Kind.HEAVY, 3));
        w.takeCase(w.districts.get(0).team.get(0), w.newNeed(4, Need.Kind.HEAVY, 3));
        new Observation().step(w);
        CareSimulation.closeWeek(w, rec);
        RunResult r = rec.result();
        double professionalHours = 5 * w.p.wijkteam().hours(), coordinatorHours = 3 * w.p.coordinators().hours();
        assertEquals(professionalHours / 2, r.weekly(0, Outcome.PROFESSIONAL_HOURS_PER_ANSWERED_NEED), 1e-9);
        assertEquals(coordinatorHours / 1, r.weekly(0, Outcome.COORDINATOR_HOURS_PER_ANSWERED_NEED), 1e-9);
        assertEquals((professionalHours + coordinatorHours) / 3, r.weekly(0, Outcome.HOURS_PER_ANSWERED_NEED), 1e-9, "neighbours' answers left out");
    }
}
