package nl.samenspel.experiment.validation;

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
    public PatternResult check(PatternRun run) {
        Comparison c = run.compare(YEARS, Arm.of("baseline"), Arm.of("no-coordinators"));
        Interval rel = c.relativeDifference(1, Outcome.VOLUNTEERS_ACTIVE);
        boolean pass = rel != null && rel.low() >= LOW && rel.high() <= HIGH;
        return new PatternResult(this, pass, "volunteers_active " + (rel == null ? "baseline has none" : Format.percent(rel)));
    }
}
