package nl.samenspel.experiment.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The patient rule induction method (Friedman and Fisher 1999, "Bump hunting in high-dimensional
 * data", Statistics and Computing 9:123-143), as scenario discovery uses it: starting from the box
 * that holds every run, peel off the fraction {@code alpha} of the runs at one face at a time,
 * always the face whose removal leaves the highest share of cases of interest, until fewer than
 * {@code minSupport} of the runs remain. Each step is a box with its <em>coverage</em> (share of
 * all cases of interest inside) and <em>density</em> (share of the runs inside that are cases).
 * The chosen box is the densest with at least {@code minCoverage}; of boxes about as dense, the one
 * that covers most. Further boxes are found on the runs outside the ones chosen (covering).
 */
public final class Prim {
    /** Bounds per input; a bound equal to the data's own minimum or maximum does not restrict. */
    public record Box(double[] low, double[] high) {
        public boolean contains(double[] x) {
            for (int d = 0; d < x.length; d++) if (x[d] < low[d] || x[d] > high[d]) return false;
            return true;
        }
    }

    public record Step(int index, Box box, double coverage, double density, int support, int cases) {}

    /** One box's peeling trajectory and the step chosen from it. */
    public record Result(List<Step> trajectory, Step chosen, int runs, int cases) {}

    public static final double ALPHA = 0.05;
    public static final double MIN_SUPPORT = 0.05;
    public static final double MIN_COVERAGE = 0.5;
    /** Boxes whose density is within this of the densest count as about as dense. */
    static final double DENSITY_TIE = 0.02;

    private Prim() {}

    /**
     * Finds up to {@code maxBoxes} boxes, each on the runs not inside the boxes before it. Stops
     * early when fewer than three cases remain or a box is no denser than the runs it came from.
     */
    public static List<Result> boxes(double[][] x, boolean[] y, int maxBoxes) {
        List<Result> out = new ArrayList<>();
        boolean[] left = new boolean[x.length];
        Arrays.fill(left, true);
        int totalCases = count(y, left);
        for (int b = 0; b < maxBoxes; b++) {
            int cases = count(y, left);
            int runs = count(left);
            if (cases < 3 || runs == 0) break;
            Result r = peel(x, y, left, totalCases);
            if (r.chosen == null || r.chosen.density <= (double) cases / runs + 1e-9) break;
            out.add(r);
            for (int i = 0; i < x.length; i++) if (left[i] && r.chosen.box.contains(x[i])) left[i] = false;
        }
        return out;
    }

    /** Peels one box on the runs marked {@code in}; coverage is against {@code totalCases}. */
    static Result peel(double[][] x, boolean[] y, boolean[] in, int totalCases) {
        int dims = x.length == 0 ? 0 : x[0].length;
        boolean[] inside = in.clone();
        double[] low = new double[dims];
        double[] high = new double[dims];
        for (int d = 0; d < dims; d++) {
            low[d] = Double.POSITIVE_INFINITY;
            high[d] = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                if (!inside[i]) continue;
                low[d] = Math.min(low[d], x[i][d]);
                high[d] = Math.max(high[d], x[i][d]);
            }
        }
        int runs = count(inside);
        List<Step> trajectory = new ArrayList<>();
        trajectory.add(step(0, low, high, y, inside, totalCases));
        int minRuns = (int) Math.ceil(MIN_SUPPORT * count(in));
        while (true) {
            int before = count(inside);
            double densityBefore = before == 0 ? 0 : (double) count(y, inside) / before;
            double bestGain = Double.NEGATIVE_INFINITY;
            int bestSupport = -1;
            int bestDim = -1;
            boolean bestLow = false;
            double bestCut = 0;
            for (int d = 0; d < dims; d++) {
                double[] v = valuesInside(x, inside, d);
                if (v.length == 0 || v[0] == v[v.length - 1]) continue;
                for (boolean fromLow : new boolean[] {true, false}) {
                    double cut = fromLow ? quantile(v, ALPHA) : quantile(v, 1 - ALPHA);
                    // Remove at least one distinct value: a discrete input may have many runs at its quantile.
                    if (fromLow && cut <= v[0]) cut = next(v, v[0], true);
                    if (!fromLow && cut >= v[v.length - 1]) cut = next(v, v[v.length - 1], false);
                    int support = 0;
                    int cases = 0;
                    for (int i = 0; i < x.length; i++) {
                        if (!inside[i]) continue;
                        boolean keep = fromLow ? x[i][d] >= cut : x[i][d] <= cut;
                        if (!keep) continue;
                        support++;
                        if (y[i]) cases++;
                    }
                    if (support < minRuns || support == 0) continue;
                    double density = (double) cases / support;
                    double gain = (density - densityBefore) / (before - support);
                    if (gain > bestGain + 1e-12 || Math.abs(gain - bestGain) <= 1e-12 && support > bestSupport) {
                        bestGain = gain;
                        bestSupport = support;
                        bestDim = d;
                        bestLow = fromLow;
                        bestCut = cut;
                    }
                }
            }
            if (bestDim < 0) break;
            for (int i = 0; i < x.length; i++) {
                if (inside[i] && (bestLow ? x[i][bestDim] < bestCut : x[i][bestDim] > bestCut)) inside[i] = false;
            }
            if (bestLow) low[bestDim] = bestCut;
            else high[bestDim] = bestCut;
            trajectory.add(step(trajectory.size(), low, high, y, inside, totalCases));
        }
        return new Result(List.copyOf(trajectory), choose(trajectory), runs, totalCases);
    }

    /**
     * Each input's quasi-p value for a box (as the EMA Workbench reports them, Bryant and Lempert
     * 2010): the one-sided binomial chance of at least the box's cases among its runs, were the
     * runs drawn at the density of the box with that input's restriction dropped. A restriction
     * with a large quasi-p adds little on its own. An input the box does not restrict gets NaN.
     */
    public static double[] quasiP(double[][] x, boolean[] y, Box box) {
        int dims = box.low().length;
        double[] out = new double[dims];
        int[] in = runsAndCases(x, y, box);
        int runs = in[0], cases = in[1];
        for (int d = 0; d < dims; d++) {
            if (!cutsLow(x, box, d) && !cutsHigh(x, box, d)) {
                out[d] = Double.NaN;
                continue;
            }
            double[] low = box.low().clone(), high = box.high().clone();
            low[d] = Double.NEGATIVE_INFINITY;
            high[d] = Double.POSITIVE_INFINITY;
            int[] relaxed = runsAndCases(x, y, new Box(low, high));
            double p = relaxed[0] == 0 ? 0 : (double) relaxed[1] / relaxed[0];
            out[d] = runs == 0 || cases == 0 ? 1 : p >= 1 ? 1 : 1 - new BinomialDistribution(null, runs, p).cumulativeProbability(cases - 1);
        }
        return out;
    }

    /** Whether the box's lower bound on input {@code d} lies above the data's own minimum (so restricts it). */
    public static boolean cutsLow(double[][] x, Box box, int d) {
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : x) min = Math.min(min, row[d]);
        return box.low()[d] > min;
    }

    /** Whether the box's upper bound on input {@code d} lies below the data's own maximum. */
    public static boolean cutsHigh(double[][] x, Box box, int d) {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : x) max = Math.max(max, row[d]);
        return box.high()[d] < max;
    }

    /** The runs inside a box and the cases among them. */
    private static int[] runsAndCases(double[][] x, boolean[] y, Box box) {
        int runs = 0;
        int cases = 0;
        for (int i = 0; i < x.length; i++) {
            if (!box.contains(x[i])) continue;
            runs++;
            if (y[i]) cases++;
        }
        return new int[] {runs, cases};
    }

    /**
     * The box with only the restrictions on the inputs marked {@code keep}, and its coverage
     * (against every case in {@code y}) and density, on the rows of {@code x}: what a box
     * described by those restrictions alone holds.
     */
    public static Step restrictedTo(double[][] x, boolean[] y, Box box, boolean[] keep) {
        double[] low = box.low().clone(), high = box.high().clone();
        for (int d = 0; d < low.length; d++) {
            if (keep[d]) continue;
            low[d] = Double.NEGATIVE_INFINITY;
            high[d] = Double.POSITIVE_INFINITY;
        }
        boolean[] inside = new boolean[x.length];
        Box kept = new Box(low, high);
        for (int i = 0; i < x.length; i++) inside[i] = kept.contains(x[i]);
        int total = 0;
        for (boolean c : y) if (c) total++;
        return step(0, low, high, y, inside, total);
    }

    static Step choose(List<Step> trajectory) {
        double best = -1;
        for (Step s : trajectory) if (s.coverage >= MIN_COVERAGE) best = Math.max(best, s.density);
        Step chosen = null;
        for (Step s : trajectory) {
            if (s.coverage < MIN_COVERAGE || s.density < best - DENSITY_TIE) continue;
            if (chosen == null || s.coverage > chosen.coverage) chosen = s;
        }
        return chosen;
    }

    private static Step step(int index, double[] low, double[] high, boolean[] y, boolean[] inside, int totalCases) {
        int support = count(inside);
        int cases = count(y, inside);
        return new Step(index, new Box(low.clone(), high.clone()), totalCases == 0 ? 0 : (double) cases / totalCases,
                support == 0 ? 0 : (double) cases / support, support, cases);
    }

    private static double[] valuesInside(double[][] x, boolean[] inside, int d) {
        double[] v = new double[count(inside)];
        int n = 0;
        for (int i = 0; i < x.length; i++) if (inside[i]) v[n++] = x[i][d];
        Arrays.sort(v);
        return v;
    }

    /** The empirical quantile (lower value at a tie of ranks). */
    static double quantile(double[] sorted, double p) {
        int i = (int) Math.floor(p * (sorted.length - 1));
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double next(double[] sorted, double value, boolean above) {
        if (above) {
            for (double v : sorted) if (v > value) return v;
            return Double.POSITIVE_INFINITY;
        }
        for (int i = sorted.length - 1; i >= 0; i--) if (sorted[i] < value) return sorted[i];
        return Double.NEGATIVE_INFINITY;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean v : b) if (v) n++;
        return n;
    }

    private static int count(boolean[] y, boolean[] in) {
        int n = 0;
        for (int i = 0; i < y.length; i++) if (in[i] && y[i]) n++;
        return n;
    }
}
