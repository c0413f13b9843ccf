package nl.samenspel.experiment.validation;

/**
 * A pattern the model must reproduce (MODEL.md section 1, pattern-oriented modelling): what the
 * source says, the target that makes it testable, and the fixed comparison that checks it.
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

    /** Runs the pattern's comparison and judges it against the target. */
    PatternResult check(PatternRun run);
}
