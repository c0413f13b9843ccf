package nl.samenspel.experiment.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * A mean with its two-sided 95 % confidence interval from Student's t distribution
 * (mean +- t(0.975, n-1) * sd / sqrt(n)). With fewer than two values, or no spread, the interval
 * collapses onto the mean.
 */
public record Interval(double mean, double low, double high, long n) {
    public static final double LEVEL = 0.95;

    public static Interval of(double[] values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) s.addValue(v);
        return of(s);
    }

    public static Interval of(SummaryStatistics s) {
        long n = s.getN();
        double mean = s.getMean();
        if (n < 2 || !(s.getStandardDeviation() > 0)) return new Interval(mean, mean, mean, n);
        double half = halfWidth(s.getStandardDeviation(), n);
        return new Interval(mean, mean - half, mean + half, n);
    }

    static double halfWidth(double sd, long n) {
        return tQuantile(n - 1) * sd / Math.sqrt(n);
    }

    /** The 97.5 % quantile of Student's t, cached: weekly bands ask for it thousands of times. */
    static double tQuantile(double df) {
        return T_QUANTILES.computeIfAbsent(df, d -> new TDistribution(d).inverseCumulativeProbability(1 - (1 - LEVEL) / 2));
    }

    private static final java.util.concurrent.ConcurrentHashMap<Double, Double> T_QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the interval lies entirely above or entirely below zero. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }

    public double halfWidth() {
        return (high - low) / 2;
    }

    public Interval scaled(double factor) {
        return factor >= 0 ? new Interval(mean * factor, low * factor, high * factor, n)
                : new Interval(mean * factor, high * factor, low * factor, n);
    }
}
