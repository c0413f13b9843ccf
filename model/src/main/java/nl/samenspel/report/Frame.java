package nl.samenspel.report;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;

/**
 * The time a finding speaks of: the end of the horizon (the outcomes' own summary) or an earlier
 * year, read by the same rules (a stock in that year's last week, a flow summed over that year).
 * Ratios have no earlier reading: their weekly numerators are not kept.
 */
record Frame(int years, boolean horizon) {
    /** The early frame the report also reads: two years in, when the horizon is longer. */
    static final int EARLY_YEARS = 2;

    static Frame horizon(int years) {
        return new Frame(years, true);
    }

    static Frame early() {
        return new Frame(EARLY_YEARS, false);
    }

    boolean supports(Outcome o) {
        return horizon || o.kind != Outcome.Kind.RATIO;
    }

    double value(RunResult r, Outcome o) {
        if (horizon) return r.summary(o);
        int end = Math.min(r.weeks(), years * 52);
        if (o.kind == Outcome.Kind.STOCK) return r.weekly(end - 1, o);
        if (o.kind == Outcome.Kind.FLOW) {
            double s = 0;
            for (int w = Math.max(0, end - 52); w < end; w++) s += r.weekly(w, o);
            return s;
        }
        return Double.NaN;
    }

    double[] values(RunResult[] runs, Outcome o) {
        double[] v = new double[runs.length];
        for (int i = 0; i < runs.length; i++) v[i] = value(runs[i], o);
        return v;
    }

    /** "binnen twee jaar" / "na tien jaar", "within two years" / "after ten years". */
    String phrase(Language lang) {
        return lang.text(horizon ? "frame.after" : "frame.within", lang.count(years));
    }
}
