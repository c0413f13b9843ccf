package nl.samenspel.experiment.sweep;

import java.util.List;

/**
 * A later round of an ABC-SMC calibration ({@code samenspel calibrate}, rounds after the prior
 * draws): draws already chosen in the unit box by the rounds before ({@code AbcSmc.propose}), mapped
 * onto each prior range. Like {@link PriorDraws}, every draw shares the seeds of each replication
 * (common random numbers), the same seeds as every other round, so distances compare across rounds.
 *
 * @param round the round, 2 for the first after the prior draws
 */
public record ParticleDraws(int round, double[][] unit) implements Design {
    public static final String NAME = "abc-smc-round";

    public ParticleDraws {
        if (round < 2) throw new IllegalArgumentException("rounds after the prior draws are numbered from 2, got " + round);
        if (unit.length < 1) throw new IllegalArgumentException("a round needs at least one draw");
    }

    @Override
    public String name() {
        return NAME + "-" + round;
    }

    @Override
    public long pointCount(List<VariedParameter> parameters) {
        return unit.length;
    }

    @Override
    public int seedGroup(int pointId, int parameters) {
        return 0;
    }

    @Override
    public String seedRule() {
        return new PriorDraws(1).seedRule();
    }

    @Override
    public List<Object[]> points(List<VariedParameter> parameters, long seed) {
        return Design.scaled(unit, parameters);
    }
}
