package nl.samenspel.experiment.stats;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The paired difference of a scenario from the reference: replication i of both ran on the same
 * seed (common random numbers), so the differences x_i - ref_i are analysed as one sample. The
 * interval is Student's t; the p-value is the two-sided paired t-test of commons-math3.
 */
public record PairedDifference(Interval difference, double pValue) {

    public static PairedDifference of(double[] scenario, double[] reference) {
        if (scenario.length != reference.length) throw new IllegalArgumentException("paired samples differ in length: " + scenario.length + " vs " + reference.length);
        SummaryStatistics d = new SummaryStatistics();
        for (int i = 0; i < scenario.length; i++) d.addValue(scenario[i] - reference[i]);
        Interval ci = Interval.of(d);
        return new PairedDifference(ci, pValue(scenario, reference, d));
    }

    /** Unpaired (Welch) difference of means, for samples drawn on independent seeds. */
    public static PairedDifference unpaired(double[] scenario, double[] reference) {
        Interval a = Interval.of(scenario);
        Interval b = Interval.of(reference);
        SummaryStatistics sa = stats(scenario);
        SummaryStatistics sb = stats(reference);
        double va = sa.getVariance() / sa.getN();
        double vb = sb.getVariance() / sb.getN();
        double se = Math.sqrt(va + vb);
        double df = (va + vb) * (va + vb) / (va * va / (sa.getN() - 1) + vb * vb / (sb.getN() - 1));
        double t = se > 0 ? Interval.tQuantile(df) : 0;
        double diff = a.mean() - b.mean();
        double p = se > 0 ? new TTest().tTest(scenario, reference) : (diff == 0 ? 1 : 0);
        return new PairedDifference(new Interval(diff, diff - t * se, diff + t * se, sa.getN()), p);
    }

    private static double pValue(double[] scenario, double[] reference, SummaryStatistics d) {
        if (d.getN() < 2) return Double.NaN;
        // With no spread the t statistic is undefined: identical samples are no evidence of a
        // difference, a constant non-zero shift is certain.
        if (!(d.getStandardDeviation() > 0)) return d.getMean() == 0 ? 1 : 0;
        return new TTest().pairedTTest(scenario, reference);
    }

    private static SummaryStatistics stats(double[] v) {
        SummaryStatistics s = new SummaryStatistics();
        for (double x : v) s.addValue(x);
        return s;
    }

    public boolean significant() {
        return difference.excludesZero();
    }
}
