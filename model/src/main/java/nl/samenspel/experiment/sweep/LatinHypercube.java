package nl.samenspel.experiment.sweep;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979): each parameter's range is cut into
 * {@code samples} equal strata, each stratum is used exactly once, and the strata of different
 * parameters are paired by independent random permutations; within a stratum the point is uniform.
 */
public record LatinHypercube(int samples) implements Design {
    public static final String NAME = "latin-hypercube";

    public LatinHypercube {
        if (samples < 1) throw new IllegalArgumentException("samples must be at least 1, got " + samples);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long pointCount(List<VariedParameter> parameters) {
        return samples;
    }

    @Override
    public List<Object[]> points(List<VariedParameter> parameters, long seed) {
        return Design.scaled(unit(samples, parameters.size(), seed), parameters);
    }

    /** The design in the unit cube: {@code n} rows of {@code d} numbers in [0, 1). */
    public static double[][] unit(int n, int d, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        double[][] u = new double[n][d];
        for (int i = 0; i < d; i++) {
            int[] perm = new int[n];
            for (int j = 0; j < n; j++) perm[j] = j;
            for (int j = n - 1; j > 0; j--) {
                int k = rng.nextInt(j + 1);
                int t = perm[j];
                perm[j] = perm[k];
                perm[k] = t;
            }
            for (int j = 0; j < n; j++) u[j][i] = (perm[j] + rng.nextDouble()) / n;
        }
        return u;
    }
}
