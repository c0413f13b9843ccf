package nl.samenspel.report;

import java.util.EnumSet;
import java.util.Set;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.metrics.Outcome;

/**
 * How the report shows one outcome: its label, its unit (shares as percentages, flows per year),
 * which direction is better, and the plain-language verdict on a difference.
 */
final class OutcomeView {
    /** Outcomes that are shares of something: shown in percent, differences in percentage points. */
    private static final Set<Outcome> SHARES = EnumSet.of(Outcome.VOLUNTEER_RETENTION_12M, Outcome.NEWCOMER_RETENTION_12M, Outcome.REACH_4W,
            Outcome.COMMUNITY_HOURS_SHARE, Outcome.REFERRAL_SHARE_LIGHT, Outcome.BYSTANDER_ACT_SHARE, Outcome.BYSTANDER_ACT_SHARE_ALONE,
            Outcome.BYSTANDER_ACT_SHARE_WITH_OTHERS, Outcome.BYSTANDER_ANY_ACTED);
    /** Outcomes where less is better; for the other headline outcomes more is better. */
    private static final Set<Outcome> LESS_IS_BETTER = EnumSet.of(Outcome.NEEDS_UNANSWERED, Outcome.WAITING_LIST, Outcome.NEEDS_OPEN,
            Outcome.LATE_ESCALATIONS, Outcome.RESIDENTS_NEVER_ANSWERED, Outcome.WEEKS_TO_HELP_MEAN, Outcome.VOLUNTEER_OUTFLOW);

    final Outcome outcome;
    private final Language lang;

    OutcomeView(Outcome outcome, Language lang) {
        this.outcome = outcome;
        this.lang = lang;
    }

    static boolean isShare(Outcome o) {
        return SHARES.contains(o);
    }

    static boolean lessIsBetter(Outcome o) {
        return LESS_IS_BETTER.contains(o);
    }

    /** The outcome whose reference value is the total a count is "of": needs never answered are of all needs. */
    static Outcome totalOf(Outcome o) {
        return o == Outcome.NEEDS_UNANSWERED ? Outcome.NEEDS_NEW : o;
    }

    boolean share() {
        return isShare(outcome);
    }

    boolean flow() {
        return outcome.kind == Outcome.Kind.FLOW;
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

    /** The unit of the outcome's values: %, a count, or a count per year for flows. */
    String unit() {
        return share() ? "%" : flow() ? lang.text("unit.per_year") : lang.text("unit.count");
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
        return lang.number(s, decimals(s)) + (share() ? "\u00a0%" : flow() ? "\u00a0" + lang.text("unit.per_year") : "");
    }

    /** The 95 % interval of a mean; outcomes are counts or shares, so neither bound leaves 0..100 %. */
    String interval(Interval i) {
        double lo = Math.max(0, scale(i.low()));
        double hi = share() ? Math.min(100, scale(i.high())) : scale(i.high());
        int d = decimals(Math.max(Math.abs(lo), Math.abs(hi)));
        return lang.number(lo, d) + " " + lang.text("to") + " " + lang.number(hi, d);
    }

    /** The short verdict: the words for a clear difference, else "no clear/no substantial difference". */
    String verdict(Effect e, double total) {
        return switch (e.status()) {
            case UNCLEAR -> lang.text("verdict.none");
            case NEGLIGIBLE -> lang.text("verdict.negligible");
            case CLEAR -> clearVerdict(e, total);
        };
    }

    /** "188 van de 1.040 hulpvragen per jaar meer onbeantwoord (120 tot 250; +18 %)" or "kleiner bereik: -5,2 procentpunt (-6,0 tot -4,4)". */
    private String clearVerdict(Effect e, double total) {
        Interval d = e.difference();
        String dir = d.mean() > 0 ? "more" : "less";
        if (share()) {
            Interval p = d.scaled(100);
            return lang.text("outcome." + outcome.column + "." + dir) + ": " + lang.signed(p.mean(), 1) + "\u00a0" + lang.text("unit.points")
                    + " (" + lang.signed(p.low(), 1) + " " + lang.text("to") + " " + lang.signed(p.high(), 1) + ")";
        }
        double lo = Math.min(Math.abs(d.low()), Math.abs(d.high()));
        double hi = Math.max(Math.abs(d.low()), Math.abs(d.high()));
        int dec = Math.abs(d.mean()) >= 10 ? 0 : 1;
        String range = lang.number(lo, dec) + " " + lang.text("to") + " " + lang.number(hi, dec);
        String rel = e.referenceMean() > 0 ? "; " + lang.signed(100 * d.mean() / e.referenceMean(), 0) + "\u00a0%" : "";
        String key = "outcome." + outcome.column + ".count." + dir;
        String head = lang.has(key) ? lang.text(key, lang.number(Math.abs(d.mean()), dec), lang.number(total, 0))
                : lang.text("outcome." + outcome.column + "." + dir) + ": " + lang.signed(d.mean(), dec);
        return head + " (" + range + rel + ")";
    }

    /** The verdict without its interval, for running text: "188 van de 1.040 hulpvragen per jaar meer onbeantwoord". */
    String shortVerdict(Effect e, double total) {
        if (!e.clear()) return verdict(e, total);
        Interval d = e.difference();
        String dir = d.mean() > 0 ? "more" : "less";
        if (share()) return lang.text("outcome." + outcome.column + "." + dir) + " (" + lang.signed(100 * d.mean(), 1) + "\u00a0" + lang.text("unit.points") + ")";
        int dec = Math.abs(d.mean()) >= 10 ? 0 : 1;
        String key = "outcome." + outcome.column + ".count." + dir;
        return lang.has(key) ? lang.text(key, lang.number(Math.abs(d.mean()), dec), lang.number(total, 0))
                : lang.text("outcome." + outcome.column + "." + dir) + " (" + lang.signed(d.mean(), dec) + ")";
    }

    /** "↑ beter" or "↓ slechter": the direction of the change and whether it is good, never in colour alone. */
    String arrow(Effect e) {
        if (!e.clear()) return "";
        return (e.difference().mean() > 0 ? "\u2191 " : "\u2193 ") + lang.text(e.better() ? "verdict.better" : "verdict.worse");
    }
}
