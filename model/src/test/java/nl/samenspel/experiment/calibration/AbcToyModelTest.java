package nl.samenspel.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.experiment.sweep.PriorDraws;
import nl.samenspel.metrics.Outcome;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * The ABC procedure recovers a known answer: a toy model whose two figures are theta1 and
 * theta1 + theta2 plus noise, with the published figures made at theta = (0.3, 0.5), and a third
 * parameter that no figure depends on. The posterior must centre on the truth for the first two and
 * stay as wide as the prior for the third.
 */
class AbcToyModelTest {
    static final double[] TRUTH = {0.3, 0.5};
    static final List<Target> TARGETS = List.of(
            new Target("a", Outcome.VOLUNTEERS_ACTIVE, false, 0.3, 0.27, 0.33, "toy"),
            new Target("b", Outcome.REACH_4W, false, 0.8, 0.77, 0.83, "toy"));

    static double[][] figures(double[][] unit, int replications, long seed) {
        MersenneTwister noise = new MersenneTwister(seed);
        double[][] f = new double[unit.length][2];
        for (int i = 0; i < unit.length; i++) {
            for (int r = 0; r < replications; r++) {
                f[i][0] += (unit[i][0] + 0.01 * noise.nextGaussian()) / replications;
                f[i][1] += (unit[i][0] + unit[i][1] + 0.01 * noise.nextGaussian()) / replications;
            }
        }
        return f;
    }

    @Test
    void recoversTheParametersThatMadeThePublishedFigures() {
        double[][] unit = PriorDraws.unit(16384, 3, 7);
        Abc.Result r = Abc.fit(TARGETS, figures(unit, 3, 11), unit, 0, 50);
        assertTrue(r.accepted().length >= 50, "accepted " + r.accepted().length);
        for (int j = 0; j < 2; j++) {
            double[] v = column(unit, r.accepted(), j);
            double lo = Abc.quantile(v, 0.05), hi = Abc.quantile(v, 0.95);
            assertTrue(lo < TRUTH[j] && TRUTH[j] < hi, "theta" + (j + 1) + " 5-95 % " + lo + ".." + hi + " should hold " + TRUTH[j]);
            assertTrue(hi - lo < 0.15, "theta" + (j + 1) + " should be pinned down: " + lo + ".." + hi);
            assertEquals(TRUTH[j], unit[r.point()][j], 0.04, "point estimate of theta" + (j + 1));
        }
        double[] free = column(unit, r.accepted(), 2);
        assertTrue(Abc.quantile(free, 0.95) - Abc.quantile(free, 0.05) > 0.7, "a parameter no target sees keeps its prior width");
        for (int i : r.accepted()) assertEquals(0, r.distance()[i], 0, "accepted only inside both bands");
        assertEquals(r.accepted().length, r.insideAllBands());
    }

    @Test
    void tooFewInsideRaisesTheToleranceToKeepTheNearest() {
        double[][] unit = PriorDraws.unit(100, 3, 7);
        Abc.Result r = Abc.fit(TARGETS, figures(unit, 1, 3), unit, 0, 20);
        assertEquals(20, r.accepted().length);
        assertTrue(r.raised() && r.effectiveTolerance() > 0);
        double worstAccepted = r.distance()[r.accepted()[19]];
        for (int i = 0; i < unit.length; i++) {
            int draw = i;
            boolean in = java.util.Arrays.stream(r.accepted()).anyMatch(a -> a == draw);
            if (!in) assertTrue(r.distance()[i] >= worstAccepted, "a rejected draw is never nearer than an accepted one");
        }
    }

    @Test
    void distanceIsZeroInsideAndCountsHalfWidthsOutside() {
        Target t = new Target("t", Outcome.VOLUNTEERS_ACTIVE, false, 0.34, 0.25, 0.40, "x");
        assertEquals(0, t.distance(0.3), 0);
        assertEquals(1, t.distance(0.475), 1e-12);
        assertEquals(2, t.distance(0.10), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, t.distance(Double.NaN));
        Target complement = new Target("a", Outcome.VOLUNTEER_RETENTION_12M, true, 0.34, 0.25, 0.40, "x");
        assertEquals(0.2, complement.of(0.8), 1e-12);
    }

    @Test
    void priorDrawsAreEvenAndFollowTheSeed() {
        double[][] a = PriorDraws.unit(256, 2, 1);
        double[][] b = PriorDraws.unit(256, 2, 1);
        double[][] c = PriorDraws.unit(256, 2, 2);
        assertTrue(java.util.Arrays.deepEquals(a, b), "same seed, same draws");
        assertTrue(!java.util.Arrays.deepEquals(a, c), "another seed shifts the draws");
        int[] strata = new int[16];
        for (double[] x : a) strata[(int) (x[0] * 16)]++;
        for (int s : strata) assertEquals(16, s, "a Sobol draw fills every stratum of a parameter equally");
    }

    static double[] column(double[][] unit, int[] rows, int j) {
        double[] v = new double[rows.length];
        for (int k = 0; k < rows.length; k++) v[k] = unit[rows[k]][j];
        return v;
    }
}
