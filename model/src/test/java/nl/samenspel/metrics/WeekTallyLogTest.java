package nl.samenspel.metrics;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** A district's log, replayed, adds exactly what counting directly would have: same sums, same bits. */
class WeekTallyLogTest {
    @Test
    void aReplayedLogEqualsCountingDirectly() {
        WeekTally direct = new WeekTally(), replayed = new WeekTally(), log = WeekTally.log();
        double[] hours = {0.1, 0.7, 1e-17, 3.3, 0.2};
        replayed.count(Outcome.NEEDS_NEW, 2); // what was there before the log
        direct.count(Outcome.NEEDS_NEW, 2);
        for (double h : hours) {
            direct.ratio(Outcome.VOLUNTEER_HOURS_PER_WEEK, h, 1);
            log.ratio(Outcome.VOLUNTEER_HOURS_PER_WEEK, h, 1);
            direct.count(Outcome.NEEDS_NEW, 1);
            log.count(Outcome.NEEDS_NEW, 1);
        }
        log.replayInto(replayed);
        assertEquals(Double.doubleToLongBits(direct.numerator(Outcome.VOLUNTEER_HOURS_PER_WEEK)), Double.doubleToLongBits(replayed.numerator(Outcome.VOLUNTEER_HOURS_PER_WEEK)));
        assertEquals(5, replayed.denominator(Outcome.VOLUNTEER_HOURS_PER_WEEK));
        assertEquals(7, replayed.numerator(Outcome.NEEDS_NEW));
        assertEquals(1, replayed.denominator(Outcome.NEEDS_NEW), "a count's denominator stays 1");
        log.replayInto(replayed);
        assertEquals(7, replayed.numerator(Outcome.NEEDS_NEW), "a replay empties the log");
        assertThrows(IllegalStateException.class, () -> log.numerator(Outcome.NEEDS_NEW));
    }
}
