package nl.samenspel.experiment.validation;

import java.util.List;
import nl.samenspel.experiment.stats.Interval;

/**
 * The outcome of checking one pattern: its legs, what the model gave (in words, with intervals),
 * the pattern's effect (the paired difference, or correlation, that its carrying mechanisms must
 * produce and that vanishes when they are off), and why the run cannot judge it, if it cannot
 * (no events, a zero outcome in an arm); null when it can.
 */
public record PatternResult(Pattern pattern, List<Leg> legs, String modelResult, Interval effect, String degenerate) {
    public PatternResult {
        legs = List.copyOf(legs);
    }

    /** A pattern passes when every leg passes. */
    public boolean pass() {
        return legs.stream().allMatch(Leg::pass);
    }
}
