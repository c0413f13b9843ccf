package nl.samenspel.experiment.validation;

import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.metrics.Outcome;

/**
 * P6: closing meeting places lowers new resident ties and new volunteers, read on the last-year
 * summary like every other outcome (docs/compare.md), ten years after the closure. Meeting places
 * are the model's only source of new resident ties (the resident network is otherwise fixed), so
 * the ties leg holds by definition; the volunteer leg carries the pattern.
 */
public record MeetingPlaces() implements Pattern {
    static final int YEARS = 10;

    @Override public String id() { return "P6"; }
    @Override public String name() { return "meeting places"; }
    @Override public String claim() { return "meeting places grow familiarity, ties and volunteers; cuts close them"; }
    @Override public String sources() { return "001:909-922, 000:144, 001:879-880"; }
    @Override public String target() { return "meeting-places-closed vs baseline, last year of 10: resident_ties_new (all sources; meeting places are the only one) and volunteer_inflow lower, paired 95 % CIs below zero"; }

    @Override
    public List<Carrier> carriers() {
        return List.of(
                Carrier.of("meeting places make ties (001:909-913)", "meeting_places.ties_per_week=0"),
                Carrier.of("meeting places make volunteer leads (000:144, 001:909-913)", "meeting_places.leads_per_week=0"));
    }

    @Override
    public PatternResult check(PatternRun run) {
        Comparison c = run.compare(YEARS, Arm.of("baseline"), Arm.of("meeting-places-closed"));
        Interval ties = c.difference(1, Outcome.RESIDENT_TIES_NEW).difference();
        Interval inflow = c.difference(1, Outcome.VOLUNTEER_INFLOW).difference();
        String degenerate = c.mean(0, Outcome.VOLUNTEER_INFLOW).mean() > 0 ? null : "no new volunteers in the baseline's last year";
        return new PatternResult(this, List.of(
                Leg.of("P6.ties", ties.high() < 0, ties, "closed minus open < 0 (a definition: meeting places are the only source)"),
                Leg.of("P6.volunteers", inflow.high() < 0, inflow, "closed minus open < 0")),
                "closed minus open, last year: resident_ties_new " + Format.interval(ties) + "; volunteer_inflow " + Format.interval(inflow), inflow, degenerate);
    }
}
