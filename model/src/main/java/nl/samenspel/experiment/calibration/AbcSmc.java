package nl.samenspel.experiment.calibration;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Sequential Monte Carlo ABC in rounds of fixed size: the adaptive population Monte Carlo ABC of
 * Lenormand, Jabot and Deffuant (2013, "Adaptive approximate Bayesian computation for complex
 * models", Computational Statistics 28), with the importance weights of Beaumont et al. (2009).
 * After the draws from the priors, the population is the {@code keep} draws nearest the bands (or
 * every draw inside them, if more); its tolerance is the largest distance kept. Each later round
 * draws particles from the population by weight and moves each parameter by a normal kernel with
 * twice the population's weighted variance, truncated to the prior box; the new draws run (as a
 * sweep, with the same common random numbers) and join the population, which again keeps the
 * nearest. A new draw's weight is its prior density (uniform: a constant) over the kernel mixture
 * it was drawn from. Everything works on the unit box (each prior scaled to [0, 1)), and every
 * choice follows from the seed, so a round's draws are fixed by the rounds before it.
 */
public final class AbcSmc {
    private AbcSmc() {}

    /**
     * A population.
     *
     * @param ids       draw numbers (over all rounds), nearest first, ties by number
     * @param weight    normalised importance weights, in the order of {@code ids}
     * @param tolerance the largest distance kept
     */
    public record Population(int[] ids, double[] weight, double tolerance) {
        public int size() {
            return ids.length;
        }
    }

    /** The population kept from draws with these distances: the {@code keep} nearest, or all inside the bands if more. */
    public static Population keep(double[] distance, double[] weight, int keep) {
        Integer[] order = new Integer[distance.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> distance[i]).thenComparingInt(i -> i));
        int n = 0;
        while (n < order.length && Double.isFinite(distance[order[n]]) && (n < keep || distance[order[n]] == 0)) n++;
        int[] ids = new int[n];
        double[] w = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            ids[k] = order[k];
            w[k] = weight[order[k]];
            sum += w[k];
        }
        for (int k = 0; k < n; k++) w[k] /= sum;
        return new Population(ids, w, n == 0 ? Double.NaN : distance[ids[n - 1]]);
    }

    /** The kernel's standard deviation per parameter: the square root of twice the population's weighted variance. */
    public static double[] kernelSd(Population p, double[][] unit) {
        int dims = unit[p.ids()[0]].length;
        double[] sd = new double[dims];
        for (int j = 0; j < dims; j++) {
            double mean = 0;
            for (int k = 0; k < p.size(); k++) mean += p.weight()[k] * unit[p.ids()[k]][j];
            double var = 0;
            for (int k = 0; k < p.size(); k++) {
                double d = unit[p.ids()[k]][j] - mean;
                var += p.weight()[k] * d * d;
            }
            sd[j] = Math.sqrt(2 * var);
        }
        return sd;
    }

    /**
     * {@code n} new draws in the unit box: a particle chosen by weight, each parameter moved by the
     * kernel and drawn again until it falls inside [0, 1).
     */
    public static double[][] propose(Population p, double[][] unit, int n, long seed) {
        double[] sd = kernelSd(p, unit);
        MersenneTwister rng = new MersenneTwister(seed);
        double[] cumulative = new double[p.size()];
        double c = 0;
        for (int k = 0; k < p.size(); k++) cumulative[k] = c += p.weight()[k];
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            int k = Arrays.binarySearch(cumulative, rng.nextDouble() * c);
            double[] from = unit[p.ids()[Math.min(p.size() - 1, k < 0 ? -k - 1 : k)]];
            double[] x = new double[from.length];
            for (int j = 0; j < x.length; j++) {
                double v;
                do {
                    v = from[j] + sd[j] * rng.nextGaussian();
                } while (sd[j] > 0 && (v < 0 || v >= 1));
                x[j] = v;
            }
            out[i] = x;
        }
        return out;
    }

    /**
     * The importance weights of new draws: the uniform prior's density (1 in the unit box) over the
     * density of the kernel mixture they came from, each kernel truncated to the box (summed in
     * logarithms: the product over many parameters can leave a double's range).
     */
    public static double[] weights(double[][] draws, Population p, double[][] unit) {
        double[] sd = kernelSd(p, unit);
        NormalDistribution std = new NormalDistribution(null, 0, 1);
        int dims = sd.length;
        double[] logNorm = new double[p.size()];
        for (int k = 0; k < p.size(); k++) {
            double[] m = unit[p.ids()[k]];
            double s = Math.log(p.weight()[k]);
            for (int j = 0; j < dims; j++) {
                if (sd[j] == 0) continue;
                double mass = std.cumulativeProbability((1 - m[j]) / sd[j]) - std.cumulativeProbability(-m[j] / sd[j]);
                s -= Math.log(sd[j] * mass) + 0.5 * Math.log(2 * Math.PI);
            }
            logNorm[k] = s;
        }
        double[] out = new double[draws.length];
        double[] terms = new double[p.size()];
        for (int i = 0; i < draws.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < p.size(); k++) {
                double[] m = unit[p.ids()[k]];
                double s = logNorm[k];
                for (int j = 0; j < dims; j++) {
                    if (sd[j] == 0) continue;
                    double z = (draws[i][j] - m[j]) / sd[j];
                    s -= 0.5 * z * z;
                }
                terms[k] = s;
                max = Math.max(max, s);
            }
            double sum = 0;
            for (double t : terms) sum += Math.exp(t - max);
            // On the scale of the prior draws' weight 1 (prior over proposal, both uniform), so rounds can be pooled.
            out[i] = Math.exp(-(max + Math.log(sum)));
        }
        return out;
    }
}
