package nl.samenspel.experiment.validation;

import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.metrics.Outcome;

/**
 * P4: walk-in access (no desk) brings more cases to the wijkteam and a longer waiting list; the
 * desk leaves more needs unanswered. Each as a paired difference whose 95 % CI excludes zero.
 */
public record AccessRoute() implements Pattern {
    static final int YEARS = 2;

    @Override public String id() { return "P4"; }
    @Override public String name() { return "access route"; }
    @Override public String claim() { return "a desk in front of the wijkteam loses people on the way; walk-in raises demand and waiting lists"; }
    @Override public String sources() { return "000:242-248, 001:546-550"; }
    @Override public String target() { return "walk-in vs desk: more answered_by_professional, longer waiting_list; desk: more needs_unanswered"; }

    @Override
    public List<Carrier> carriers() {
        return List.of(
                Carrier.of("people give up at the desk (000:242-248)", "access.desk_loss=0"),
                Carrier.of("the desk's extra weeks (000:242-248)", "access.desk_weeks=0"),
                Carrier.of("walk-in raises demand (001:549-550)", "access.walk_in_demand=1"));
    }

    @Override
    public PatternResult check(PatternRun run) {
        Comparison c = run.compare(YEARS, Arm.of("baseline"), Arm.of("walk-in-access"));
        Interval professional = c.difference(1, Outcome.ANSWERED_BY_PROFESSIONAL).difference();
        Interval waiting = c.difference(1, Outcome.WAITING_LIST).difference();
        Interval unanswered = c.difference(1, Outcome.NEEDS_UNANSWERED).difference();
        List<Leg> legs = List.of(
                Leg.of("P4.professional", professional.low() > 0, professional, "walk-in minus desk > 0"),
                Leg.of("P4.waiting", waiting.low() > 0, waiting, "walk-in minus desk > 0"),
                Leg.of("P4.unanswered", unanswered.high() < 0, unanswered, "walk-in minus desk < 0"));
        String degenerate = c.mean(0, Outcome.ANSWERED_BY_PROFESSIONAL).mean() > 0 ? null : "the wijkteam answers no needs";
        return new PatternResult(this, legs, "walk-in minus desk: answered_by_professional " + Format.interval(professional)
                + "; waiting_list " + Format.interval(waiting) + "; needs_unanswered " + Format.interval(unanswered), professional, degenerate);
    }
}
