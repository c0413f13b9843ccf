package nl.samenspel.experiment.validation;

import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.experiment.stats.PairedDifference;
import nl.samenspel.metrics.Outcome;

/**
 * P6: closing meeting places lowers new resident ties and new volunteers. New volunteers fall by
 * about a tenth, within a yearly noise of the same size, so both are counted over the whole
 * ten-year horizon; the paired 95 % CIs of both differences must lie below zero.
 */
public record MeetingPlaces() implements Pattern {
    static final int YEARS = 10;

    @Override public String id() { return "P6"; }
    @Override public String name() { return "meeting places"; }
    @Override public String claim() { return "meeting places grow familiarity, ties and volunteers; cuts close them"; }
    @Override public String sources() { return "001:909-922, 000:144, 001:879-880"; }
    @Override public String target() { return "meeting-places-closed vs baseline: resident_ties_new and volunteer_inflow (over a 10-year horizon) lower, paired 95 % CIs below zero"; }

    @Override
    public PatternResult check(PatternRun run) {
        Comparison c = run.compare(YEARS, Arm.of("baseline"), Arm.of("meeting-places-closed"));
        Interval ties = horizonDifference(c, Outcome.RESIDENT_TIES_NEW);
        Interval inflow = horizonDifference(c, Outcome.VOLUNTEER_INFLOW);
        return new PatternResult(this, ties.high() < 0 && inflow.high() < 0,
                "closed minus open, 10-year totals: resident_ties_new " + Format.interval(ties) + "; volunteer_inflow " + Format.interval(inflow));
    }

    private static Interval horizonDifference(Comparison c, Outcome o) {
        return PairedDifference.of(c.perReplication(1, r -> Horizon.sum(r, o)), c.perReplication(0, r -> Horizon.sum(r, o))).difference();
    }
}
