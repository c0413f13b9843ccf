package nl.samenspel.experiment.sweep;

import java.util.List;
import nl.samenspel.metrics.Outcome;

/**
 * A sweep as written in an experiment file: the base scenario (a name, a stack a+b or a file) with
 * fixed overrides ({@code set}), the varied parameters and their design, replications, the network
 * realisations, the outcomes to keep, the horizon and the seed.
 *
 * @param networkSeeds 0: every run draws its own network from its seed; k &gt; 0: k network
 *                     realisations, crossed with the design and the replications, so that
 *                     network variation and process noise can be told apart
 */
public record ExperimentFile(
        String file,
        String text,
        String name,
        String description,
        String scenario,
        int scenarioLine,
        List<String> set,
        Integer years,
        long seed,
        int replications,
        int networkSeeds,
        Design design,
        List<VariedParameter> parameters,
        List<Outcome> outcomes) {

    /** Runs per design point: replications, times the network realisations if any. */
    public long runsPerPoint() {
        return (long) replications * Math.max(1, networkSeeds);
    }
}
