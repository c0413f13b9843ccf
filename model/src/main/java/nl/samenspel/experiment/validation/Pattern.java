package nl.samenspel.experiment.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern the model must reproduce (MODEL.md section 1, pattern-oriented modelling): what the
 * source says, the target that makes it testable, the fixed comparison that checks it, and the
 * mechanisms that carry it.
 */
public interface Pattern {
    /** P1, P2, ... as in MODEL.md. */
    String id();

    String name();

    /** What the source documents say, in a phrase. */
    String claim();

    /** The source lines, file:line. */
    String sources();

    /** The testable target, in a phrase. */
    String target();

    /** The mechanisms that carry the pattern, each with the settings that switch it off. */
    List<Carrier> carriers();

    /** Runs the pattern's comparison and judges it against the target. */
    PatternResult check(PatternRun run);

    /** Every carrier's settings together: the pattern's mechanisms all off. */
    default List<String> allOff() {
        List<String> out = new ArrayList<>();
        for (Carrier c : carriers()) out.addAll(c.off());
        return out;
    }
}
