package nl.samenspel.model.mechanism;

/**
 * The bystander decision of step 3 (001:586-595), shared by the care model and the classroom
 * experiment of MODEL.md section 7. A person who noticed a need acts, in one time step, with
 * <pre>  chance = loneRate / ((1 + diffusion * othersNoticed) * (1 + socialProof * othersVisiblyPassive))</pre>
 * Diffusion of responsibility: when others know, standing aside is legitimate (001:592-593).
 * Social proof: others' visible inaction makes help seem not needed (001:591-592).
 * Explicit responsibility (001:998): the person named first responder does not discount at all.
 * "Passive others in view" are people she can see not acting. A naive bystander who hesitates
 * counts as one; someone who shows no concern at all (the experiments' confederates, told to stay
 * indifferent and carry on with a questionnaire) counts as {@code indifference} of them: see
 * {@link #actChance(double, int, int, int, double, boolean)} (Latane &amp; Rodin 1969; Latane &amp; Darley 1968,
 * smoke study: passive confederates inhibit far more than naive others).
 * The time step is a week in the care model and a second in the classroom; the two effects mean
 * the same in both, which is why the care model takes them from the classroom fit.
 */
public final class BystanderStep {
    private final double loneRate;
    private final double diffusion;
    private final double socialProof;

    public BystanderStep(double loneRate, double diffusion, double socialProof) {
        if (!(loneRate >= 0 && loneRate <= 1)) throw new IllegalArgumentException("lone rate must be in 0..1, got " + loneRate);
        if (!(diffusion >= 0)) throw new IllegalArgumentException("diffusion must be at least 0, got " + diffusion);
        if (!(socialProof >= 0)) throw new IllegalArgumentException("social proof must be at least 0, got " + socialProof);
        this.loneRate = loneRate;
        this.diffusion = diffusion;
        this.socialProof = socialProof;
    }

    public double loneRate() { return loneRate; }
    public double diffusion() { return diffusion; }
    public double socialProof() { return socialProof; }

    /**
     * @param othersNoticed people besides this one who know of the need
     * @param othersVisiblyPassive of those, the ones this person can see not acting
     * @param named true for the named first responder under explicit responsibility
     */
    public double actChance(int othersNoticed, int othersVisiblyPassive, boolean named) {
        if (othersNoticed < 0 || othersVisiblyPassive < 0) throw new IllegalArgumentException("counts must not be negative");
        return chance(othersNoticed, othersVisiblyPassive, named);
    }

    private double chance(int othersNoticed, double passiveInView, boolean named) {
        if (named) return loneRate;
        return loneRate / ((1 + diffusion * othersNoticed) * (1 + socialProof * passiveInView));
    }

    /**
     * The chance of one person, whose readiness to act (helpfulness in the care model, a drawn
     * readiness in the classroom) scales the rule: {@code readiness * actChance(...)}, at most 1.
     */
    public double actChance(double readiness, int othersNoticed, int othersVisiblyPassive, boolean named) {
        if (!(readiness >= 0)) throw new IllegalArgumentException("readiness must be at least 0, got " + readiness);
        return Math.min(1.0, readiness * actChance(othersNoticed, othersVisiblyPassive, named));
    }

    /**
     * The rule with the passive others in view split by how they look: {@code hesitating} naive
     * bystanders who have not acted (each counts as one, as in {@link #actChance(int, int, boolean)})
     * and {@code indifferent} ones who show no concern (confederates), each counting as
     * {@code indifference} hesitating ones. With no indifferent others this equals
     * {@link #actChance(double, int, int, boolean)} bit for bit.
     */
    public double actChance(double readiness, int othersNoticed, int hesitating, int indifferent, double indifference, boolean named) {
        if (!(readiness >= 0)) throw new IllegalArgumentException("readiness must be at least 0, got " + readiness);
        if (othersNoticed < 0 || hesitating < 0 || indifferent < 0) throw new IllegalArgumentException("counts must not be negative");
        if (!(indifference >= 0)) throw new IllegalArgumentException("indifference must be at least 0, got " + indifference);
        double passive = indifferent == 0 ? hesitating : hesitating + indifference * indifferent;
        return Math.min(1.0, readiness * chance(othersNoticed, passive, named));
    }
}
