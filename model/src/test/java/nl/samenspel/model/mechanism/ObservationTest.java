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
}
