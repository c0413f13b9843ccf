package nl.samenspel.experiment.calibration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.samenspel.experiment.sweep.ExperimentFile;
import nl.samenspel.experiment.sweep.ParticleDraws;
import nl.samenspel.experiment.sweep.PriorDraws;
import nl.samenspel.experiment.sweep.VariedParameter;
import nl.samenspel.metrics.Outcome;

/**
 * A calibration as written in {@code scenarios/calibration.yaml}: the base scenario (always the
 * baseline: levels are fitted on it, never on a lever scenario), settings fixed for the fit only
 * (a shorter horizon), the free parameters with their uniform priors, the parameters deliberately
 * left fixed with the reason, the targets, and the ABC settings.
 *
 * @param tolerance     a draw is accepted when its distance to the targets (root sum of squares of
 *                      each target's distance outside its band, in half-widths) is at most this
 * @param atLeast       if fewer draws are that close, the {@code atLeast} nearest are accepted
 *                      instead (the tolerance is raised to their largest distance, and reported)
 * @param checkReplications replications of the point estimate, on seeds the draws did not use,
 *                      for the model values and intervals of targets.csv
 * @param rounds        ABC-SMC rounds after the prior draws ({@link AbcSmc}); 0 is ABC rejection
 * @param roundDraws    new draws in each of those rounds
 */
public record CalibrationFile(
        String file,
        String text,
        String name,
        String description,
        String scenario,
        List<String> set,
        int years,
        long seed,
        int draws,
        int replications,
        double tolerance,
        int atLeast,
        int checkReplications,
        int rounds,
        int roundDraws,
        List<VariedParameter> free,
        Map<String, String> fixed,
        List<Target> targets) {

    /** The outcomes the targets read. */
    public List<Outcome> outcomes() {
        LinkedHashSet<Outcome> o = new LinkedHashSet<>();
        for (Target t : targets) o.add(t.outcome());
        return new ArrayList<>(o);
    }

    /** The draws as a sweep: one design point per draw, common random numbers across draws. */
    public ExperimentFile asExperiment() {
        return new ExperimentFile(file, text, name, description, scenario, 1, set, years, seed, replications, 0,
                new PriorDraws(draws), free, outcomes());
    }

    /** A later round's draws as a sweep, on the same seeds as the prior draws (common random numbers across rounds). */
    public ExperimentFile asRound(ParticleDraws round) {
        return new ExperimentFile(file, text, name, description, scenario, 1, set, years, seed, replications, 0,
                round, free, outcomes());
    }

    public List<String> freeKeys() {
        return free.stream().map(VariedParameter::key).toList();
    }
}
