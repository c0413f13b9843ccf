package nl.samenspel.experiment.validation;

/**
 * One testable part of a pattern (a row of validation.csv): its name ({@code P2.ties}, or the
 * pattern's id for a pattern without legs), whether it holds, the model's figure with its 95 %
 * interval, and the target in words.
 */
public record Leg(String name, boolean pass, double figure, double ciLow, double ciHigh, String target) {
    static Leg of(String name, boolean pass, nl.samenspel.experiment.stats.Interval i, String target) {
        return new Leg(name, pass, i.mean(), i.low(), i.high(), target);
    }
}
