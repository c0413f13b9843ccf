package nl.samenspel.classroom;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Accumulates finished runs of one condition: per run, the share of naive people who acted while
 * the emergency lasted (for the mean and its 95 % interval over runs), whether anyone acted, and
 * each time to act up to the end of observation.
 */
public final class BystanderTally {
    private final SummaryStatistics shareByRun = new SummaryStatistics();
    private final SummaryStatistics seconds = new SummaryStatistics();
    private long groupsAnyActed;

    public void add(BystanderRoom run) {
        int emergency = run.setup().emergencySeconds();
        int acted = 0;
        for (int i = 0; i < run.naive(); i++) {
            int t = run.actedAt(i);
            if (t < 0) continue;
            seconds.addValue(t);
            if (t <= emergency) acted++;
        }
        shareByRun.addValue(run.naive() == 0 ? 0 : acted / (double) run.naive());
        if (acted > 0) groupsAnyActed++;
    }

    public long runs() {
        return shareByRun.getN();
    }

    public double shareActed() {
        return runs() == 0 ? Double.NaN : shareByRun.getMean();
    }

    /** Half-width of the 95 % t-interval of the share over runs (NaN below two runs). */
    public double shareHalfWidth() {
        long n = runs();
        if (n < 2) return Double.NaN;
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        return t * shareByRun.getStandardDeviation() / Math.sqrt(n);
    }

    public double groupAnyActed() {
        return runs() == 0 ? Double.NaN : groupsAnyActed / (double) runs();
    }

    /** Mean seconds to act of those who acted by the end of observation. */
    public double meanSeconds() {
        return seconds.getN() == 0 ? Double.NaN : seconds.getMean();
    }

    public BystanderRow row(BystanderSetup s) {
        double h = shareHalfWidth();
        double share = shareActed();
        return new BystanderRow(s.others(), s.confederates(), s.loneRate(), share,
                Double.isNaN(h) ? share : Math.max(0, share - h), Double.isNaN(h) ? share : Math.min(1, share + h),
                groupAnyActed(), meanSeconds(), runs());
    }
}
