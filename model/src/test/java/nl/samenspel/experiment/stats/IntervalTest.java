package nl.samenspel.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {
    @Test
    void tIntervalMatchesTheTextbookQuantile() {
        // 1..10: mean 5.5, sd 3.02765; t(0.975, 9) = 2.262157 (printed tables).
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Interval i = Interval.of(v);
        double half = 2.262157 * Math.sqrt(55.0 / 6) / Math.sqrt(10);
        assertEquals(5.5, i.mean(), 1e-12);
        assertEquals(5.5 - half, i.low(), 1e-5);
        assertEquals(5.5 + half, i.high(), 1e-5);
        assertEquals(10, i.n());
        assertTrue(i.excludesZero());
    }

    @Test
    void noSpreadCollapsesOntoTheMean() {
        Interval i = Interval.of(new double[] {3, 3, 3});
        assertEquals(3, i.low());
        assertEquals(3, i.high());
    }

    @Test
    void scalingByANegativeFactorKeepsLowBelowHigh() {
        Interval i = new Interval(1, 0.5, 1.5, 4).scaled(-2);
        assertEquals(-2, i.mean());
        assertEquals(-3, i.low());
        assertEquals(-1, i.high());
        assertFalse(new Interval(0, -1, 1, 4).excludesZero());
    }

    @Test
    void pairedDifferenceIsTheIntervalOfTheDifferencesWithAPairedTTest() {
        double[] ref = {10, 12, 9, 14, 11};
        double[] s = {8, 11, 6, 12, 10};
        PairedDifference d = PairedDifference.of(s, ref);
        Interval direct = Interval.of(new double[] {-2, -1, -3, -2, -1});
        assertEquals(direct, d.difference());
        assertTrue(d.pValue() < 0.01, "p = " + d.pValue());
        assertTrue(d.significant());
    }

    @Test
    void identicalSamplesHavePValueOneAndUnequalLengthsAreRefused() {
        double[] a = {1, 2, 3};
        assertEquals(1, PairedDifference.of(a, a).pValue());
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(a, new double[] {1, 2}));
    }
}
