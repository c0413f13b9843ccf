package nl.samenspel.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nl.samenspel.experiment.sweep.PriorDraws;
import org.apache.commons.math3.util.MathArrays;
import org.junit.jupiter.api.Test;

/**
 * ABC-SMC ({@link AbcSmc}) on the toy model of {@link AbcToyModelTest}: rounds reach the bands
 * that the same budget of prior draws barely touches, recover the parameters that made the
 * published figures, and their importance weights undo the kernel's pull, so that a parameter no
 * target sees keeps its prior width.
 */
class AbcSmcTest {
    static final int DIMS = 3;

    /** Distances of the toy model's figures for these draws, noise from the seed. */
    static double[] distances(double[][] unit, long seed) {
        double[][] f = AbcToyModelTest.figures(unit, 3, seed);
        double[] d = new double[unit.length];
        for (int i = 0; i < d.length; i++) d[i] = Abc.distance(AbcToyModelTest.TARGETS, f[i]);
        return d;
    }

    record Run(double[][] unit, double[] distance, double[] weight, AbcSmc.Population population) {}

    static Run smc(int first, int rounds, int perRound, int keep) {
        double[][] unit = PriorDraws.unit(first, DIMS, 7);
        double[] d = distances(unit, 11);
        double[] w = new double[first];
        Arrays.fill(w, 1);
        AbcSmc.Population pop = AbcSmc.keep(d, w, keep);
        for (int k = 2; k <= rounds + 1 && pop.tolerance() > 0; k++) {
            double[][] u = AbcSmc.propose(pop, unit, perRound, 100 + k);
            double[] nw = AbcSmc.weights(u, pop, unit);
            unit = java.util.stream.Stream.concat(Arrays.stream(unit), Arrays.stream(u)).toArray(double[][]::new);
            d = MathArrays.concatenate(d, distances(u, 11 + k));
            w = MathArrays.concatenate(w, nw);
            pop = AbcSmc.keep(d, w, keep);
        }
        return new Run(unit, d, w, pop);
    }

    @Test
    void roundsReachTheBandsAndRecoverTheTruth() {
        Run r = smc(400, 5, 400, 100);
        int insideRejection = 0;
        for (double x : distances(PriorDraws.unit(2400, DIMS, 7), 11)) if (x == 0) insideRejection++;
        int insideSmc = 0;
        for (double x : r.distance()) if (x == 0) insideSmc++;
        assertTrue(insideSmc > 3 * insideRejection, "the same 2,400 runs: " + insideSmc + " inside after rounds, " + insideRejection + " from the priors alone");
        assertEquals(0, r.population().tolerance(), 0, "the population is inside both bands");
        for (int j = 0; j < 2; j++) {
            double[] v = column(r, j);
            double lo = FitTables.weightedQuantile(v, weights(r), 0.05), hi = FitTables.weightedQuantile(v, weights(r), 0.95);
            assertTrue(lo < AbcToyModelTest.TRUTH[j] && AbcToyModelTest.TRUTH[j] < hi, "theta" + (j + 1) + " 5-95 % " + lo + ".." + hi);
            assertTrue(hi - lo < 0.15, "theta" + (j + 1) + " pinned down: " + lo + ".." + hi);
        }
        double[] unseen = column(r, 2);
        double spread = FitTables.weightedQuantile(unseen, weights(r), 0.95) - FitTables.weightedQuantile(unseen, weights(r), 0.05);
        assertTrue(spread > 0.7, "a parameter no target sees keeps its prior width: 5-95 % spans " + spread);
    }

    @Test
    void weightsTurnTheKernelMixtureBackIntoThePrior() {
        // A population spread over the box; proposals from it, weighted, must be uniform again.
        double[][] unit = PriorDraws.unit(50, DIMS, 3);
        double[] ones = new double[50];
        Arrays.fill(ones, 1);
        double[] d = new double[50];
        for (int i = 0; i < 50; i++) d[i] = unit[i][0];
        AbcSmc.Population pop = AbcSmc.keep(d, ones, 50);
        double[][] u = AbcSmc.propose(pop, unit, 40_000, 5);
        double[] w = AbcSmc.weights(u, pop, unit);
        for (int j = 0; j < DIMS; j++) {
            double sum = 0, mean = 0, below = 0;
            for (int i = 0; i < u.length; i++) {
                assertTrue(u[i][j] >= 0 && u[i][j] < 1, "inside the prior box");
                sum += w[i];
                mean += w[i] * u[i][j];
                if (u[i][j] < 0.2) below += w[i];
            }
            assertEquals(0.5, mean / sum, 0.01, "weighted mean of parameter " + j);
            assertEquals(0.2, below / sum, 0.01, "weighted share below 0.2 of parameter " + j);
        }
        // The weights are on the prior draws' scale: a uniform prior over a uniform proposal is about 1 on average.
        assertEquals(1, Arrays.stream(w).average().orElseThrow(), 0.05);
    }

    @Test
    void theSameSeedGivesTheSameRoundsAndThePopulationKeepsTheNearest() {
        Run a = smc(200, 2, 100, 40);
        Run b = smc(200, 2, 100, 40);
        assertArrayEquals(a.population().ids(), b.population().ids());
        assertArrayEquals(a.weight(), b.weight());
        double worst = a.distance()[a.population().ids()[a.population().size() - 1]];
        assertEquals(worst, a.population().tolerance(), 0);
        for (int i = 0; i < a.distance().length; i++) {
            int id = i;
            if (Arrays.stream(a.population().ids()).noneMatch(x -> x == id)) assertTrue(a.distance()[i] >= worst, "no draw left out is nearer than one kept");
        }
        assertEquals(1, Arrays.stream(a.population().weight()).sum(), 1e-12, "the population's weights are normalised");
    }

    private static double[] weights(Run r) {
        return r.population().weight();
    }

    private static double[] column(Run r, int j) {
        return Arrays.stream(r.population().ids()).mapToDouble(i -> r.unit()[i][j]).toArray();
    }
}
