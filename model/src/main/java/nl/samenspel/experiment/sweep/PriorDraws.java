package nl.samenspel.experiment.sweep;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Draws from uniform priors for approximate Bayesian computation ({@code samenspel calibrate}):
 * the first {@code draws} points of commons-math3's Sobol sequence in the unit cube (the all-zero
 * first point skipped), shifted by one random vector modulo 1 (Cranley-Patterson rotation, so the
 * seed gives a different but equally even draw), mapped linearly onto each prior range. Every draw
 * shares its seeds with every other (common random numbers): replication r of any draw runs on the
 * same seed, so draws differ by their parameters, not by their luck, and the distance to the targets
 * ranks parameters rather than noise.
 */
public record PriorDraws(int draws) implements Design {
    public static final String NAME = "prior-draws";

    public PriorDraws {
        if (draws < 1) throw new IllegalArgumentException("draws must be at least 1, got " + draws);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long pointCount(List<VariedParameter> parameters) {
        return draws;
    }

    @Override
    public int seedGroup(int pointId, int parameters) {
        return 0;
    }

    @Override
    public String seedRule() {
        return "behaviour seed = Seeds.derive(Seeds.derive(seed, 0), replication): every draw shares the seeds of each replication (common random numbers)";
    }

    @Override
    public List<Object[]> points(List<VariedParameter> parameters, long seed) {
        return Design.scaled(unit(draws, parameters.size(), seed), parameters);
    }

    /** The draws in the unit cube: {@code n} rows of {@code d} numbers in [0, 1). */
    public static double[][] unit(int n, int d, long seed) {
        if (d < 1 || d > 1000) throw new IllegalArgumentException("prior draws need 1 to 1000 parameters, got " + d);
        SobolSequenceGenerator gen = new SobolSequenceGenerator(d);
        gen.skipTo(1);
        MersenneTwister rng = new MersenneTwister(seed);
        double[] shift = new double[d];
        for (int i = 0; i < d; i++) shift[i] = rng.nextDouble();
        double[][] out = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] x = gen.nextVector();
            for (int i = 0; i < d; i++) {
                double v = x[i] + shift[i];
                x[i] = v >= 1 ? v - 1 : v;
            }
            out[j] = x;
        }
        return out;
    }
}
