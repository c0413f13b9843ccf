package nl.samenspel.experiment.validation;

/** The outcome of checking one pattern: pass or fail, and what the model gave (with intervals). */
public record PatternResult(Pattern pattern, boolean pass, String modelResult) {}
