package nl.samenspel.classroom;

import nl.samenspel.model.mechanism.BystanderStep;

/**
 * One condition of the classroom experiment (MODEL.md section 7): a person in need and
 * {@code others} bystanders besides the one measured, all of whom notice at second 0.
 *
 * @param others            people present besides the measured one, confederates included
 * @param confederates      of the others, how many are told never to act and to show no concern (in view)
 * @param loneRate          chance per second that a person alone acts (the rule's lone rate)
 * @param diffusion         diffusion of responsibility per other who noticed
 * @param socialProof       social proof per passive other in view
 * @param indifference      a confederate (no concern shown) counts as this many hesitating naive bystanders
 * @param readinessSpread   coefficient of variation of each person's readiness (gamma, mean 1; 0: all alike)
 * @param named             explicit responsibility: the measured person is named first responder
 * @param inView            the naive bystanders sit in one room and see who has not acted yet; false:
 *                          each hears the others over an intercom, as in the seizure experiment
 * @param emergencySeconds  how long the emergency lasts (the seizure's fit); shares are read here
 * @param seconds           when observation ends; times to act are counted up to here
 */
public record BystanderSetup(int others, int confederates, double loneRate, double diffusion, double socialProof,
                             double indifference, double readinessSpread, boolean named, boolean inView,
                             int emergencySeconds, int seconds) {

    /** The largest group a run simulates: the classroom experiment had at most five others; 1,000 is far past any room. */
    public static final int MAX_OTHERS = 1000;

    public BystanderSetup {
        if (others < 0) throw new IllegalArgumentException("group size (others) must not be negative, got " + others);
        if (others > MAX_OTHERS) throw new IllegalArgumentException("group size (others) must be at most " + MAX_OTHERS + ", got " + others);
        if (confederates < 0) throw new IllegalArgumentException("confederates must not be negative, got " + confederates);
        if (confederates > others) throw new IllegalArgumentException("confederates (" + confederates + ") cannot exceed the others present (" + others + ")");
        if (!(loneRate >= 0 && loneRate <= 1)) throw new IllegalArgumentException("lone rate must be a chance per second in 0..1, got " + loneRate);
        if (!(diffusion >= 0 && diffusion <= 50)) throw new IllegalArgumentException("diffusion must be in 0..50, got " + diffusion);
        if (!(socialProof >= 0 && socialProof <= 50)) throw new IllegalArgumentException("social proof must be in 0..50, got " + socialProof);
        if (!(indifference >= 0 && indifference <= 100)) throw new IllegalArgumentException("indifference must be in 0..100, got " + indifference);
        if (!(readinessSpread >= 0 && readinessSpread <= 5)) throw new IllegalArgumentException("readiness spread must be in 0..5, got " + readinessSpread);
        if (seconds < 1 || seconds > 86_400) throw new IllegalArgumentException("seconds must be in 1..86400, got " + seconds);
        if (emergencySeconds < 1 || emergencySeconds > seconds) throw new IllegalArgumentException("emergency seconds must be in 1.." + seconds + " (the end of observation), got " + emergencySeconds);
    }

    /** People who may act: the measured person and the others who are not confederates. */
    public int naive() {
        return others + 1 - confederates;
    }

    public BystanderStep rule() {
        return new BystanderStep(loneRate, diffusion, socialProof);
    }

    /**
     * Chance per second of naive person {@code i} with the given readiness while {@code hesitating}
     * other naive people she can see have not acted (always 0 over the intercom). Everyone present
     * noticed; confederates are always in view. Person 0 is the one named, if any.
     */
    public double chance(BystanderStep rule, int i, double readiness, int hesitating) {
        return rule.actChance(readiness, others, inView ? hesitating : 0, confederates, indifference, named && i == 0);
    }

    /** The chance at second 0, before anyone acted: every other naive person hesitates. */
    public double chance(int i, double readiness) {
        return chance(rule(), i, readiness, naive() - 1);
    }

    public BystanderSetup withOthers(int n, int k) {
        return new BystanderSetup(n, k, loneRate, diffusion, socialProof, indifference, readinessSpread, named, inView, emergencySeconds, seconds);
    }

    public BystanderSetup withRates(double lone, double diff, double spread) {
        return new BystanderSetup(others, confederates, lone, diff, socialProof, indifference, spread, named, inView, emergencySeconds, seconds);
    }

    public BystanderSetup withLoneRate(double lone) {
        return withRates(lone, diffusion, readinessSpread);
    }

    public BystanderSetup withSocialProof(double proof, double indiff) {
        return new BystanderSetup(others, confederates, loneRate, diffusion, proof, indiff, readinessSpread, named, inView, emergencySeconds, seconds);
    }

    public BystanderSetup withNamed(boolean n) {
        return new BystanderSetup(others, confederates, loneRate, diffusion, socialProof, indifference, readinessSpread, n, inView, emergencySeconds, seconds);
    }

    public BystanderSetup withInView(boolean v) {
        return new BystanderSetup(others, confederates, loneRate, diffusion, socialProof, indifference, readinessSpread, named, v, emergencySeconds, seconds);
    }

    public BystanderSetup withTimes(int emergency, int end) {
        return new BystanderSetup(others, confederates, loneRate, diffusion, socialProof, indifference, readinessSpread, named, inView, emergency, end);
    }
}
