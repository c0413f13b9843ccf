package nl.samenspel.experiment.validation;

import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * P3, checked at each provider switch (a week with provider_switches &gt; 0), not only on the
 * pooled mean: at every switch formal-informal ties drop by more than half in that week, and at
 * every switch volunteer outflow in that week and the weeks after exceeds the paired baseline run's
 * over the same weeks (and the mean excess is clear: 95 % CI above zero).
 */
public record TenderChurn() implements Pattern {
    static final int YEARS = 7;
    static final int WINDOW = 8;
    static final double DROP = 0.5;
    static final int MIN_SWITCHES = 3;

    @Override public String id() { return "P3"; }
    @Override public String name() { return "tendering"; }
    @Override public String claim() { return "tendering makes organisations and staff come and go, \"funest voor de continuiteit van relaties\""; }
    @Override public String sources() { return "000:254, 000:275"; }
    @Override public String target() { return "at every provider switch ties drop > 50 % that week, and volunteer outflow in the " + WINDOW + " weeks from it exceeds baseline"; }

    @Override
    public List<Carrier> carriers() {
        // The tie loss itself (a new provider's staff start without ties) is structure, not a number to switch off.
        return List.of(
                Carrier.of("volunteers of the old provider feel passed over (004:289)", "tender.volunteer_quit_share=0"),
                Carrier.of("unclear roles after a switch (001:537-539)", "tender.ambiguity_rise=0"),
                // A switch replaces every professional and coordinator at once, and each new face
                // adds ambiguity: at the fit this carries two thirds of the outflow spike.
                Carrier.of("new staff bring unclear roles (000:228, 001:537-539)", "staff.new_staff_ambiguity=0"),
                Carrier.of("staff turnover after a switch (000:254)", "staff.after_tender_factor=1"));
    }

    @Override
    public PatternResult check(PatternRun run) {
        Comparison c = run.compare(YEARS, Arm.of("baseline"), Arm.of("tender-churn"));
        SummaryStatistics drops = new SummaryStatistics();
        SummaryStatistics excess = new SummaryStatistics();
        int positive = 0;
        for (int i = 0; i < c.replications(); i++) {
            RunResult tender = c.result(1, i);
            RunResult base = c.result(0, i);
            for (int w = 1; w < tender.weeks(); w++) {
                if (tender.weekly(w, Outcome.PROVIDER_SWITCHES) <= 0) continue;
                double before = tender.weekly(w - 1, Outcome.SAMENSPEL_TIES);
                drops.addValue(before > 0 ? 1 - tender.weekly(w, Outcome.SAMENSPEL_TIES) / before : 0);
                int end = Math.min(tender.weeks(), w + WINDOW);
                double more = 0;
                for (int v = w; v < end; v++) more += tender.weekly(v, Outcome.VOLUNTEER_OUTFLOW) - base.weekly(v, Outcome.VOLUNTEER_OUTFLOW);
                excess.addValue(more);
                if (more > 0) positive++;
            }
        }
        long n = drops.getN();
        if (n < MIN_SWITCHES) {
            Interval none = new Interval(Double.NaN, Double.NaN, Double.NaN, n);
            String why = n + " provider switches in " + c.replications() + " runs: too few to judge (need " + MIN_SWITCHES + ")";
            return new PatternResult(this, List.of(Leg.of("P3.ties", false, none, "every switch > 0.5"), Leg.of("P3.outflow", false, none, "every switch > 0")), why, none, why);
        }
        Interval drop = Interval.of(drops);
        Interval out = Interval.of(excess);
        double share = (double) positive / n;
        Leg ties = new Leg("P3.ties", drops.getMin() > DROP, drops.getMin(), drop.low(), drop.high(), "smallest drop over all switches > 0.5 (interval: mean drop)");
        Leg outflow = new Leg("P3.outflow", positive == n && out.low() > 0, share, out.low(), out.high(), "share of switches with extra outflow = 1 (interval: mean extra outflow > 0)");
        return new PatternResult(this, List.of(ties, outflow), n + " switches: ties drop " + Format.percent(drop).replace("+", "")
                + ", smallest " + Format.num(100 * drops.getMin()) + "%; extra volunteer outflow over " + WINDOW + " weeks " + Format.interval(out)
                + ", positive at " + positive + " of " + n + " switches", out, null);
    }
}
