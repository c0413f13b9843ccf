package nl.samenspel.experiment.sweep;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * First-order and total Sobol indices from Saltelli's scheme ({@link SobolSaltelli}), with
 * percentile bootstrap confidence intervals. Estimators as recommended by Saltelli et al. 2010
 * (Comput. Phys. Commun. 181:259-270, Table 2): first order (their eq. b)
 * {@code S_i = mean(f(B) (f(AB_i) - f(A))) / V}, with f(B) centred on the sample mean (which leaves
 * the estimate unbiased and makes it far less noisy when the mean is large against the spread),
 * total (Jansen 1999, their eq. f)
 * {@code ST_i = mean((f(A) - f(AB_i))^2) / (2 V)}, with V the variance of f over A and B together.
 *
 * @param first    first-order index per parameter
 * @param total    total index per parameter
 * @param ci       confidence level of the intervals, e.g. 0.95
 */
public record SobolIndices(double[] first, double[] firstLow, double[] firstHigh,
                           double[] total, double[] totalLow, double[] totalHigh, double ci) {

    /**
     * @param yA  f at the rows of A, one per sample
     * @param yB  f at the rows of B
     * @param yAB {@code yAB[i][j]}: f at row j of AB_i
     * @param resamples bootstrap resamples (0: no intervals, NaN)
     */
    public static SobolIndices estimate(double[] yA, double[] yB, double[][] yAB, int resamples, long seed) {
        int n = yA.length;
        int d = yAB.length;
        if (n < 2 || yB.length != n) throw new IllegalArgumentException("need at least 2 samples and as many for A as for B");
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double[][] point = indices(yA, yB, yAB, all);
        double[][] boots1 = new double[d][resamples];
        double[][] bootsT = new double[d][resamples];
        MersenneTwister rng = new MersenneTwister(seed);
        int[] pick = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) pick[j] = rng.nextInt(n);
            double[][] e = indices(yA, yB, yAB, pick);
            for (int i = 0; i < d; i++) {
                boots1[i][b] = e[0][i];
                bootsT[i][b] = e[1][i];
            }
        }
        double ci = 0.95;
        double[] fl = new double[d], fh = new double[d], tl = new double[d], th = new double[d];
        for (int i = 0; i < d; i++) {
            fl[i] = quantile(boots1[i], (1 - ci) / 2);
            fh[i] = quantile(boots1[i], 1 - (1 - ci) / 2);
            tl[i] = quantile(bootsT[i], (1 - ci) / 2);
            th[i] = quantile(bootsT[i], 1 - (1 - ci) / 2);
        }
        return new SobolIndices(point[0], fl, fh, point[1], tl, th, ci);
    }

    /** Both estimators over the samples listed in {@code rows} (repeats allowed, for the bootstrap). */
    private static double[][] indices(double[] yA, double[] yB, double[][] yAB, int[] rows) {
        int n = rows.length;
        int d = yAB.length;
        double mean = 0;
        for (int j : rows) mean += yA[j] + yB[j];
        mean /= 2.0 * n;
        double var = 0;
        for (int j : rows) var += (yA[j] - mean) * (yA[j] - mean) + (yB[j] - mean) * (yB[j] - mean);
        var /= 2.0 * n;
        double[] s1 = new double[d];
        double[] st = new double[d];
        for (int i = 0; i < d; i++) {
            double a = 0, t = 0;
            for (int j : rows) {
                a += (yB[j] - mean) * (yAB[i][j] - yA[j]);
                double diff = yA[j] - yAB[i][j];
                t += diff * diff;
            }
            s1[i] = var > 0 ? a / n / var : Double.NaN;
            st[i] = var > 0 ? t / (2.0 * n) / var : Double.NaN;
        }
        return new double[][] {s1, st};
    }

    /** A quantile of the bootstrap estimates, leaving out resamples without variance (NaN). */
    private static double quantile(double[] xs, double q) {
        double[] s = Arrays.stream(xs).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (s.length == 0) return Double.NaN;
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
