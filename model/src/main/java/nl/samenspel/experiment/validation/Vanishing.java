package nl.samenspel.experiment.validation;

import nl.samenspel.experiment.stats.Interval;

/**
 * Whether a pattern's effect vanishes when its carrying mechanisms are switched off: the run with
 * them off must be able to judge (non-degenerate: non-zero outcomes, enough events), and its
 * effect's 95 % interval must contain zero, or its size be under a tenth of the effect with the
 * mechanisms on. An overshoot (an effect of the other sign, or larger) is not a vanishing, and an
 * effect that is not there with the mechanisms on cannot vanish.
 */
public final class Vanishing {
    public record Verdict(boolean vanished, String why) {}

    private Vanishing() {}

    public static Verdict judge(PatternResult on, PatternResult off) {
        if (on.degenerate() != null) return new Verdict(false, "with the mechanisms on the run cannot judge: " + on.degenerate());
        if (off.degenerate() != null) return new Verdict(false, "with the mechanisms off the run cannot judge: " + off.degenerate());
        Interval a = on.effect(), b = off.effect();
        if (!(a.low() > 0 || a.high() < 0)) return new Verdict(false, "no clear effect with the mechanisms on (" + Format.interval(a) + "): nothing to vanish");
        if (Double.isNaN(b.mean())) return new Verdict(false, "the effect is undefined with the mechanisms off");
        boolean containsZero = b.low() <= 0 && b.high() >= 0;
        boolean tiny = Math.abs(b.mean()) < Math.abs(a.mean()) / 10;
        String text = "effect on " + Format.interval(a) + ", off " + Format.interval(b);
        if (containsZero) return new Verdict(true, text + ": the interval holds zero");
        if (tiny) return new Verdict(true, text + ": under a tenth of the effect with the mechanisms on");
        return new Verdict(false, text + (Math.signum(b.mean()) != Math.signum(a.mean()) ? ": an overshoot to the other side" : ": still there"));
    }
}
