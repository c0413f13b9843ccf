package nl.samenspel.experiment.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * ABC rejection (Pritchard et al. 1999; Beaumont et al. 2002) on a fixed set of draws from the
 * priors: each draw's summary (the mean of each target's figure over its replications) is compared
 * with the published bands; a draw's distance is the root sum of squares of each target's distance
 * outside its band in band half-widths ({@link Target#distance}), so a draw inside every band is at
 * distance 0. Draws within the tolerance are accepted; if fewer than {@code atLeast} are, the
 * {@code atLeast} nearest are (the tolerance is raised to the largest of their distances, as in
 * quantile-based rejection ABC). Ties are broken by draw number, so the result is fixed.
 * The point estimate is the accepted draw nearest to the posterior median (each parameter scaled to
 * its prior range), among the draws within the tolerance asked for when there are any: a parameter
 * set the fit accepted, at the centre of the ensemble. {@link Calibration} replaces it by the
 * confirmed draw surest to stay inside every band when a confirmation kept any.
 */
public final class Abc {
    /**
     * @param distance          every draw's distance
     * @param accepted          accepted draw numbers, nearest first
     * @param tolerance         the tolerance asked for
     * @param effectiveTolerance the largest accepted distance (above the tolerance only if it was raised)
     * @param insideAllBands    draws whose mean figure is inside every band
     * @param point             the draw chosen as point estimate
     */
    public record Result(double[] distance, int[] accepted, double tolerance, double effectiveTolerance, int insideAllBands, int point) {
        public boolean raised() {
            return effectiveTolerance > tolerance;
        }

        public double acceptanceRate() {
            return (double) accepted.length / distance.length;
        }

        /** The same acceptance with another draw as point estimate (one that a confirmation kept). */
        public Result withPoint(int draw) {
            return new Result(distance, accepted, tolerance, effectiveTolerance, insideAllBands, draw);
        }
    }

    private Abc() {}

    public static double distance(List<Target> targets, double[] figures) {
        double s = 0;
        for (int t = 0; t < targets.size(); t++) {
            double d = targets.get(t).distance(figures[t]);
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /**
     * @param figures {@code figures[draw][target]}: the mean over replications of each target's figure
     * @param unit    {@code unit[draw][parameter]}: each draw's place in the prior box, scaled to [0, 1]
     */
    public static Result fit(List<Target> targets, double[][] figures, double[][] unit, double tolerance, int atLeast) {
        int n = figures.length;
        double[] d = distances(targets, figures);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> d[i]).thenComparingInt(i -> i));
        List<Integer> acc = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (d[i] <= tolerance || acc.size() < atLeast) {
                if (Double.isInfinite(d[i])) break;
                acc.add(i);
            } else {
                break;
            }
        }
        return result(d, unit, tolerance, acc.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The result for a population chosen elsewhere (the last of {@link AbcSmc}'s rounds), given nearest first. */
    public static Result of(List<Target> targets, double[][] figures, double[][] unit, double tolerance, int[] population) {
        return result(distances(targets, figures), unit, tolerance, population.clone());
    }

    private static double[] distances(List<Target> targets, double[][] figures) {
        double[] d = new double[figures.length];
        for (int i = 0; i < d.length; i++) d[i] = distance(targets, figures[i]);
        return d;
    }

    private static Result result(double[] d, double[][] unit, double tolerance, int[] accepted) {
        int inside = 0;
        for (double x : d) if (x == 0) inside++;
        double effective = accepted.length == 0 ? Double.NaN : Math.max(tolerance, d[accepted[accepted.length - 1]]);
        // The point estimate is a draw within the tolerance asked for, if any is.
        int[] within = Arrays.stream(accepted).filter(i -> d[i] <= tolerance).toArray();
        int point = accepted.length == 0 ? -1 : medoid(unit, accepted, within.length > 0 ? within : accepted);
        return new Result(d, accepted, tolerance, effective, inside, point);
    }

    /** The candidate nearest (Euclidean, in the unit box) to the component-wise median of the accepted draws. */
    static int medoid(double[][] unit, int[] accepted, int[] candidates) {
        int dims = unit[accepted[0]].length;
        double[] median = new double[dims];
        for (int j = 0; j < dims; j++) {
            double[] col = new double[accepted.length];
            for (int k = 0; k < accepted.length; k++) col[k] = unit[accepted[k]][j];
            median[j] = quantile(col, 0.5);
        }
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i : candidates) {
            double s = 0;
            for (int j = 0; j < dims; j++) s += (unit[i][j] - median[j]) * (unit[i][j] - median[j]);
            if (s < bestD || s == bestD && i < best) {
                bestD = s;
                best = i;
            }
        }
        return best;
    }

    /** The q-quantile of the values, linear between order statistics (Hyndman and Fan type 7, R's default). */
    public static double quantile(double[] values, double q) {
        double[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) return Double.NaN;
        double h = (v.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
