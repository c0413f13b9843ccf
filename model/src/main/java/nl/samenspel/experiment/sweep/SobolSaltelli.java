package nl.samenspel.experiment.sweep;

import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for first-order and total Sobol indices (Saltelli et al. 2010,
 * Comput. Phys. Commun. 181:259-270), on commons-math3's Sobol sequence. A quasi-random sequence
 * in 2d dimensions gives matrices A (first d columns) and B (last d); AB_i is A with column i
 * taken from B. Sample j contributes d + 2 consecutive points: A_j, B_j, AB_1j .. AB_dj, so
 * {@code samples * (d + 2)} points in all. The sequence's first point (all zeros) is skipped.
 * The design is deterministic: the seed is not used. For a stochastic model the d + 2 points of a
 * sample share their seeds (common random numbers), so that the differences f(AB_i) - f(A) the
 * estimators rest on reflect the parameters, not process noise, which would otherwise inflate
 * every total index.
 */
public record SobolSaltelli(int samples) implements Design {
    public static final String NAME = "sobol";

    public SobolSaltelli {
        if (samples < 2) throw new IllegalArgumentException("samples must be at least 2, got " + samples);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Points per sample: A, B and one AB_i per parameter. */
    public static int blockSize(int d) {
        return d + 2;
    }

    @Override
    public int seedGroup(int pointId, int parameters) {
        return pointId / blockSize(parameters);
    }

    @Override
    public String seedRule() {
        return "behaviour seed = Seeds.derive(Seeds.derive(seed, point_id / (parameters + 2)), replication): the points of one Saltelli sample share seeds";
    }

    @Override
    public long pointCount(List<VariedParameter> parameters) {
        return Design.times(samples, blockSize(parameters.size()));
    }

    @Override
    public List<Object[]> points(List<VariedParameter> parameters, long seed) {
        return Design.scaled(unit(samples, parameters.size()), parameters);
    }

    /** The scheme in the unit cube: {@code n * (d + 2)} rows of {@code d} numbers, in the order above. */
    public static double[][] unit(int n, int d) {
        if (d < 1 || 2 * d > 1000) throw new IllegalArgumentException("sobol needs 1 to 500 parameters, got " + d);
        SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * d);
        gen.skipTo(1);
        double[][] out = new double[n * blockSize(d)][];
        for (int j = 0; j < n; j++) {
            double[] x = gen.nextVector();
            double[] a = new double[d];
            double[] b = new double[d];
            System.arraycopy(x, 0, a, 0, d);
            System.arraycopy(x, d, b, 0, d);
            int base = j * blockSize(d);
            out[base] = a;
            out[base + 1] = b;
            for (int i = 0; i < d; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out[base + 2 + i] = ab;
            }
        }
        return out;
    }
}
