package nl.samenspel.report;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.scenario.ParameterDocs;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.Setting;

/**
 * The practical-relevance thresholds ({@code relevance.*} in the scenario file, read from the
 * reference): counts as a share of the reference mean, shares in share points. Outcomes without
 * a key of their own use 5 % of the reference (counts) or 2 points (shares).
 */
record Relevance(ResolvedScenario reference, ParameterDocs baseline) {
    static final double COUNT_DEFAULT = 0.05;
    static final double SHARE_DEFAULT = 0.02;

    static Relevance of(ResolvedScenario reference) {
        return new Relevance(reference, ParameterDocs.baseline());
    }

    /** The threshold as set: a share of the reference (counts) or share points (shares). */
    double setting(Outcome o) {
        double fallback = OutcomeView.isShare(o) ? SHARE_DEFAULT : COUNT_DEFAULT;
        return number(reference, baseline, "relevance." + o.column, fallback);
    }

    /** The threshold on the outcome's own scale. */
    double absolute(Outcome o, double referenceMean) {
        double t = setting(o);
        return OutcomeView.isShare(o) ? t : t * Math.abs(referenceMean);
    }

    /** A report-only number: the scenario's value, else the baseline file's, else the fallback (an older manifest). */
    static double number(ResolvedScenario s, ParameterDocs baseline, String key, double fallback) {
        Setting v = s.values().get(key);
        if (v != null && v.value() instanceof Number n) return n.doubleValue();
        ParameterDocs.Entry e = baseline.entry(key);
        if (e != null) {
            try {
                return Double.parseDouble(e.value());
            } catch (NumberFormatException ignored) {
                return fallback;
            }
        }
        return fallback;
    }
}
