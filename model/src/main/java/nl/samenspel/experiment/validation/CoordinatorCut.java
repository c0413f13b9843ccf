package nl.samenspel.experiment.validation;

import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.metrics.Outcome;

/** P1: cutting all coordinators roughly halves the volunteer base within two years. */
public record CoordinatorCut() implements Pattern {
    static final int YEARS = 2;
    static final double LOW = -0.65;
    static final double HIGH = -0.35;

    @Override public String id() { return "P1"; }
    @Override public String name() { return "coordinators"; }
    @Override public String claim() { return "cutting coordinators halved the volunteer base (\"het vrijwilligersbestand halveerde\")"; }
    @Override public String sources() { return "000:289"; }
    @Override public String target() { return "no-coordinators vs baseline after 2 years: active volunteers 35-65 % lower, 95 % CI inside that range"; }

    @Override
    public List<Carrier> carriers() {
        return List.of(
                Carrier.of("coaching keeps volunteers (000:289; a weak tie adds its own quit hazard, Forner, Holtrop et al.)", "coordinators.coaching_effect=0", "volunteers.drift=0",
                        "volunteers.weak_tie_hazard=0"),
                Carrier.of("recruitment by coordinators (000:281, 001:909-913)", "coordinators.recruit_rate=0", "meeting_places.leads_per_week=0"),
                Carrier.of("matching makes matches succeed (002:220)", "volunteers.success_gain=0"));
    }

    @Override
    public PatternResult check(PatternRun run) {
        Comparison c = run.compare(YEARS, Arm.of("baseline"), Arm.of("no-coordinators"));
        Interval rel = c.relativeDifference(1, Outcome.VOLUNTEERS_ACTIVE);
        if (rel == null) {
            Interval none = new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
            return new PatternResult(this, List.of(Leg.of("P1", false, none, target())), "volunteers_active: baseline has none", none, "the baseline has no volunteers");
        }
        boolean pass = rel.low() >= LOW && rel.high() <= HIGH;
        return new PatternResult(this, List.of(Leg.of("P1", pass, rel, "-0.65 to -0.35 (relative)")), "volunteers_active " + Format.percent(rel), rel,
                degenerate(c.mean(0, Outcome.VOLUNTEERS_ACTIVE).mean(), c.mean(1, Outcome.VOLUNTEERS_ACTIVE).mean()));
    }

    /**
     * Why the two arms cannot judge a vanishing (issue 14: both arms with non-zero outcomes), or
     * null: a cut that leaves no volunteer at all is -100 % whatever the mechanisms do, and its
     * interval only says how few the baseline kept.
     */
    static String degenerate(double baselineVolunteers, double cutVolunteers) {
        if (!(cutVolunteers > 0)) return "no volunteer is left after the cut (baseline " + Format.num(baselineVolunteers) + ")";
        return null;
    }
}
