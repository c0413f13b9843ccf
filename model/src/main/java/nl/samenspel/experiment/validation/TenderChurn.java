package nl.samenspel.experiment.validation;

import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * P3: at each provider switch (a week with provider_switches &gt; 0) formal-informal ties drop by
 * more than half in that week, and volunteer outflow in that week and the weeks after exceeds the
 * paired baseline run's outflow over the same weeks.
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
    @Override public String target() { return "at each provider switch ties drop > 50 % that week; volunteer outflow in the " + WINDOW + " weeks from it exceeds baseline"; }

    @Override
    public PatternResult check(PatternRun run) {
        Comparison c = run.compare(YEARS, Arm.of("baseline"), Arm.of("tender-churn"));
        SummaryStatistics drops = new SummaryStatistics();
        SummaryStatistics excess = new SummaryStatistics();
        for (int i = 0; i < c.replications(); i++) {
            RunResult tender = c.result(1, i);
            RunResult base = c.result(0, i);
            for (int w = 1; w < tender.weeks(); w++) {
                if (tender.weekly(w, Outcome.PROVIDER_SWITCHES) <= 0) continue;
                double before = tender.weekly(w - 1, Outcome.SAMENSPEL_TIES);
                if (before > 0) drops.addValue(1 - tender.weekly(w, Outcome.SAMENSPEL_TIES) / before);
                int end = Math.min(tender.weeks(), w + WINDOW);
                double more = 0;
                for (int v = w; v < end; v++) more += tender.weekly(v, Outcome.VOLUNTEER_OUTFLOW) - base.weekly(v, Outcome.VOLUNTEER_OUTFLOW);
                excess.addValue(more);
            }
        }
        if (drops.getN() < MIN_SWITCHES) {
            return new PatternResult(this, false, drops.getN() + " provider switches in " + c.replications() + " runs: too few to judge (need " + MIN_SWITCHES + ")");
        }
        Interval drop = Interval.of(drops);
        Interval out = Interval.of(excess);
        boolean pass = drop.low() > DROP && out.low() > 0;
        return new PatternResult(this, pass, excess.getN() + " switches: ties drop " + Format.percent(drop).replace("+", "")
                + "; extra volunteer outflow over " + WINDOW + " weeks " + Format.interval(out));
    }
}
