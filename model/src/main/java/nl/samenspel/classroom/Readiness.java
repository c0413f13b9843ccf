package nl.samenspel.classroom;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Each person's readiness to act: a gamma-distributed multiplier with mean 1 and the given
 * coefficient of variation (people differ; the care model's counterpart is helpfulness, 000:142).
 * A spread of 0 makes everyone alike.
 */
final class Readiness {
    private Readiness() {}

    static double draw(double spread, MersenneTwisterFast random) {
        if (spread == 0) return 1.0;
        double shape = 1 / (spread * spread);
        return new GammaDistribution(new Mersenne(random), shape, 1 / shape).sample();
    }

    /** The readiness at quantile {@code q}, for exact expectations. */
    static double quantile(double spread, double q) {
        if (spread < 1e-4) return 1.0; // the gamma quantile is 1 to within 1e-4 here and costly to find
        double shape = 1 / (spread * spread);
        return new GammaDistribution(null, shape, 1 / shape).inverseCumulativeProbability(q);
    }

    /** MASON's generator behind commons-math's interface, so draws come from the seeded stream. */
    private static final class Mersenne extends AbstractRandomGenerator {
        private final MersenneTwisterFast mt;

        Mersenne(MersenneTwisterFast mt) {
            this.mt = mt;
        }

        @Override
        public void setSeed(long seed) {
            mt.setSeed(seed);
        }

        @Override
        public double nextDouble() {
            return mt.nextDouble();
        }
    }
}
