package nl.samenspel.experiment;

import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.experiment.stats.PairedDifference;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.output.Numbers;

/**
 * The CSV tables of a comparison, for notebooks that redraw its charts. File names and columns
 * are a published interface (docs/compare.md): add columns at the end, never rename.
 */
public final class ComparisonTables {
    public static final String SUMMARY = "summary.csv";
    public static final String REPLICATIONS = "replications.csv";
    public static final String WEEKLY_MEANS = "weekly_means.csv";

    private ComparisonTables() {}

    /**
     * One row per scenario and outcome: mean and 95 % interval over replications; for every
     * scenario but the reference, the paired difference from it, its interval and p-value
     * (empty for the reference itself).
     */
    public static String summary(Comparison c) {
        return summary(c, null);
    }

    /** Share of the ensemble's parameter sets in which a scenario's difference holds (NaN: none, written empty). */
    @FunctionalInterface
    public interface EnsembleShare {
        double share(int scenario, Outcome o);
    }

    /**
     * The summary with the column {@code ensemble_share} at the end (empty for the reference, and
     * everywhere when no ensemble ran, {@code shares == null}).
     */
    public static String summary(Comparison c, EnsembleShare shares) {
        StringBuilder s = new StringBuilder("scenario,metric,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,p_value,n,ensemble_share\n");
        for (int k = 0; k < c.scenarios().size(); k++) {
            for (Outcome o : Outcome.values()) {
                Interval m = c.mean(k, o);
                s.append(name(c, k)).append(',').append(o.column).append(',')
                        .append(num(m.mean())).append(',').append(num(m.low())).append(',').append(num(m.high())).append(',');
                if (k == 0) {
                    s.append(",,,,");
                } else {
                    PairedDifference d = c.difference(k, o);
                    s.append(num(d.difference().mean())).append(',').append(num(d.difference().low())).append(',')
                            .append(num(d.difference().high())).append(',').append(num(d.pValue())).append(',');
                }
                s.append(m.n()).append(',');
                if (k > 0 && shares != null) s.append(num(shares.share(k, o)));
                s.append('\n');
            }
        }
        return s.toString();
    }

    /** One row per scenario and replication: the seed and every outcome's summary value. */
    public static String replications(Comparison c) {
        StringBuilder s = new StringBuilder("scenario,replication,seed");
        for (Outcome o : Outcome.values()) s.append(',').append(o.column);
        s.append('\n');
        for (int k = 0; k < c.scenarios().size(); k++) {
            for (int i = 0; i < c.replications(); i++) {
                s.append(name(c, k)).append(',').append(i + 1).append(',').append(c.replicationSeed(i));
                for (Outcome o : Outcome.values()) s.append(',').append(num(c.result(k, i).summary(o)));
                s.append('\n');
            }
        }
        return s.toString();
    }

    /**
     * One row per scenario, reported week and outcome: mean over replications and its 95 % band.
     * A ratio is undefined in a week without a denominator (no light case at intake that week);
     * such replications are left out of that week's mean, and a week where none has one is blank.
     */
    public static String weeklyMeans(Comparison c) {
        StringBuilder s = new StringBuilder("scenario,week,metric,mean,ci_low,ci_high\n");
        for (int k = 0; k < c.scenarios().size(); k++) {
            String name = name(c, k);
            for (int w = 0; w < c.weeks(); w++) {
                for (Outcome o : Outcome.values()) {
                    Interval m = c.weeklyMean(k, w, o);
                    s.append(name).append(',').append(w + 1).append(',').append(o.column).append(',')
                            .append(num(m.mean())).append(',').append(num(m.low())).append(',').append(num(m.high())).append('\n');
                }
            }
        }
        return s.toString();
    }

    private static String name(Comparison c, int k) {
        return Numbers.csvText(c.scenarios().get(k).name());
    }

    /** Rounded to 6 significant digits: the intervals do not warrant more, and files stay small. */
    private static String num(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v) || v == 0) return Numbers.format(v);
        return Numbers.format(new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue());
    }
}
