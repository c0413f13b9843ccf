package nl.samenspel.experiment.validation;

import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.experiment.stats.PairedDifference;
import nl.samenspel.metrics.Outcome;

/**
 * P5: volunteer retention is lower under yearly-only funding. The effect is small (about two
 * points), so retention is averaged over every week of a five-year horizon rather than read in
 * the last year alone; the paired 95 % CI of the difference must lie below zero.
 */
public record YearlyFunding() implements Pattern {
    static final int YEARS = 5;

    @Override public String id() { return "P5"; }
    @Override public String name() { return "yearly funding"; }
    @Override public String claim() { return "yearly, late funding decisions bring uncertainty and overhead"; }
    @Override public String sources() { return "002:363, 002:397, 002:478, 002:569-571"; }
    @Override public String target() { return "yearly-funding vs baseline: volunteer_retention_12m (mean over a 5-year horizon) lower, paired 95 % CI below zero"; }

    @Override
    public List<Carrier> carriers() {
        return List.of(
                Carrier.of("late decisions leave posts unfunded (002:478, 002:569-571)", "funding.late_chance=0"),
                Carrier.of("applications eat coordinator hours (002:569-571)", "funding.application_hours=0"),
                Carrier.of("temporary contracts raise coordinator turnover (002:363)", "staff.yearly_contract_factor=1"),
                Carrier.of("uncertainty costs volunteers motivation (002:363)", "funding.uncertainty_loss=0"));
    }

    @Override
    public PatternResult check(PatternRun run) {
        Comparison c = run.compare(YEARS, Arm.of("baseline"), Arm.of("yearly-funding"));
        double[] base = c.perReplication(0, r -> Horizon.mean(r, Outcome.VOLUNTEER_RETENTION_12M));
        double[] yearly = c.perReplication(1, r -> Horizon.mean(r, Outcome.VOLUNTEER_RETENTION_12M));
        Interval d = PairedDifference.of(yearly, base).difference();
        String degenerate = Interval.of(base).mean() > 0 ? null : "no volunteer is retained in the baseline";
        return new PatternResult(this, List.of(Leg.of("P5", d.high() < 0, d, "yearly minus multi-year < 0")), "volunteer_retention_12m " + Format.interval(Interval.of(base))
                + " -> " + Format.interval(Interval.of(yearly)) + "; difference " + Format.interval(d), d, degenerate);
    }
}
