package nl.samenspel.report;

import java.util.EnumSet;
import java.util.Set;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.metrics.Outcome;

/**
 * How the report shows one outcome: its label, its unit (shares as percentages), which
 * direction is better, and the plain-language verdict on a difference.
 */
final class OutcomeView {
    /** Outcomes that are shares of something: shown in percent, differences in percentage points. */
    private static final Set<Outcome> SHARES = EnumSet.of(Outcome.VOLUNTEER_RETENTION_12M, Outcome.NEWCOMER_RETENTION_12M, Outcome.REACH_4W,
            Outcome.COMMUNITY_HOURS_SHARE, Outcome.REFERRAL_SHARE_LIGHT, Outcome.BYSTANDER_ACT_SHARE, Outcome.BYSTANDER_ACT_SHARE_ALONE,
            Outcome.BYSTANDER_ACT_SHARE_WITH_OTHERS, Outcome.BYSTANDER_ANY_ACTED);
    /** Outcomes where less is better; for the other headline outcomes more is better. */
    private static final Set<Outcome> LESS_IS_BETTER = EnumSet.of(Outcome.NEEDS_UNANSWERED, Outcome.WAITING_LIST, Outcome.NEEDS_OPEN,
            Outcome.LATE_ESCALATIONS, Outcome.RESIDENTS_NEVER_ANSWERED, Outcome.WEEKS_TO_HELP_MEAN, Outcome.VOLUNTEER_OUTFLOW);
    /** Below this reference mean a relative difference says little; the absolute one is shown. */
    private static final double RELATIVE_FROM = 5;

    final Outcome outcome;
    private final Language lang;

    OutcomeView(Outcome outcome, Language lang) {
        this.outcome = outcome;
        this.lang = lang;
    }

    boolean share() {
        return SHARES.contains(outcome);
    }

    String label() {
        String key = "outcome." + outcome.column;
        return lang.has(key) ? lang.text(key) : outcome.column;
    }

    /** What the outcome counts and over which time: end of horizon, last year's sum or ratio. */
    String definition() {
        String key = "outcome." + outcome.column + ".what";
        String what = lang.has(key) ? lang.text(key) : outcome.description;
        return what + " " + lang.text("kind." + outcome.kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    String unit() {
        return share() ? "%" : lang.text("unit.count");
    }

    /** The value on the report's scale (shares times 100). */
    double scale(double v) {
        return share() ? v * 100 : v;
    }

    int decimals(double magnitude) {
        if (share()) return 1;
        return Math.abs(magnitude) >= 100 ? 0 : 1;
    }

    String value(double v) {
        double s = scale(v);
        return lang.number(s, decimals(s)) + (share() ? " %" : "");
    }

    String interval(Interval i) {
        double lo = scale(i.low());
        double hi = scale(i.high());
        int d = decimals(Math.max(Math.abs(lo), Math.abs(hi)));
        return lang.number(lo, d) + " " + lang.text("to") + " " + lang.number(hi, d);
    }

    boolean better(double difference) {
        return LESS_IS_BETTER.contains(outcome) ? difference < 0 : difference > 0;
    }

    /**
     * "fewer active volunteers: -48 % (-53 to -43)", only when the interval excludes zero;
     * otherwise "no clear difference". Counts with a sizeable reference show the relative
     * difference, shares the difference in percentage points, small counts the absolute one.
     */
    String verdict(Interval diff, double referenceMean) {
        if (!diff.excludesZero()) return lang.text("verdict.none");
        String direction = lang.text("outcome." + outcome.column + (diff.mean() > 0 ? ".more" : ".less"));
        Interval shown;
        String unit;
        if (share()) {
            shown = diff.scaled(100);
            unit = "\u00a0" + lang.text("unit.points");
        } else if (referenceMean >= RELATIVE_FROM) {
            // A count cannot fall by more than all of it: the symmetric t bound is cut at -100 %.
            Interval rel = diff.scaled(100 / referenceMean);
            shown = new Interval(rel.mean(), Math.max(-100, rel.low()), rel.high(), rel.n());
            unit = "\u00a0%";
        } else {
            shown = diff;
            unit = "";
        }
        int d = share() || Math.abs(shown.mean()) < 10 ? 1 : 0;
        return direction + ": " + lang.signed(shown.mean(), d) + unit + " (" + lang.signed(shown.low(), d) + " " + lang.text("to") + " " + lang.signed(shown.high(), d) + ")";
    }
}
