package nl.samenspel.report;

import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.experiment.stats.PairedDifference;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;

/**
 * One scenario's paired difference from the reference in one outcome and time frame, with the
 * verdict the report gives it: <em>clear</em> only when the 95 % interval excludes zero and the
 * difference is at least the practical-relevance threshold; a difference that is statistically
 * clear but smaller is "no substantial difference".
 */
record Effect(Outcome outcome, Frame frame, Interval difference, double referenceMean, double threshold, Status status) {
    enum Status { CLEAR, NEGLIGIBLE, UNCLEAR }

    static Effect of(RunResult[] scenario, RunResult[] reference, Outcome o, Frame f, Relevance relevance) {
        double[] s = f.values(scenario, o);
        double[] r = f.values(reference, o);
        Interval d = PairedDifference.of(s, r).difference();
        double refMean = Interval.of(r).mean();
        double threshold = relevance.absolute(o, refMean);
        Status status = Double.isNaN(d.mean()) || !d.excludesZero() ? Status.UNCLEAR
                : Math.abs(d.mean()) < threshold ? Status.NEGLIGIBLE : Status.CLEAR;
        return new Effect(o, f, d, refMean, threshold, status);
    }

    boolean clear() {
        return status == Status.CLEAR;
    }

    boolean better() {
        return OutcomeView.lessIsBetter(outcome) ? difference.mean() < 0 : difference.mean() > 0;
    }

    /** How many relevance thresholds the difference spans: the report's measure of a large effect. */
    double size() {
        return threshold > 0 ? Math.abs(difference.mean()) / threshold : Math.abs(difference.mean());
    }

    /**
     * How large the effect is for the town, at most all of it (1): for a count the difference
     * relative to the reference; for a share the difference itself, already a part of the whole
     * (relative to a small share, 6 points more of the light cases referred outweighed 9 points
     * less retention and 6 points less reach, and a tender-churn was "the clearest improvement").
     */
    double weight() {
        if (OutcomeView.isShare(outcome)) return Math.min(1, Math.abs(difference.mean()));
        double ref = Math.abs(referenceMean);
        return ref == 0 ? 1 : Math.min(1, Math.abs(difference.mean()) / ref);
    }

    /** Whether another run set shows the same finding: clear, and with the same sign. */
    boolean agrees(Effect other) {
        return other.clear() && Math.signum(other.difference.mean()) == Math.signum(difference.mean());
    }
}
