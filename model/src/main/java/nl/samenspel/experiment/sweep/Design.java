package nl.samenspel.experiment.sweep;

import java.util.List;

/**
 * How design points are chosen from the varied parameters (EMA Workbench calls these samplers).
 * A design point is one value per varied parameter, in the experiment's order.
 */
public interface Design {
    /** The name written in experiment files. */
    String name();

    /** Every design point, in a fixed order; depends only on the parameters and the seed. */
    List<Object[]> points(List<VariedParameter> parameters, long seed);

    /**
     * The points that share random numbers: runs of the same replication at points of one group get
     * the same seeds (common random numbers). By default every point is its own group.
     */
    default int seedGroup(int pointId, int parameters) {
        return pointId;
    }

    /** How a run's seeds follow from the experiment's seed, in words, for the sweep's descriptor. */
    default String seedRule() {
        return "behaviour seed = Seeds.derive(Seeds.derive(seed, point_id), replication)";
    }

    static List<String> names() {
        return List.of(FullFactorial.NAME, LatinHypercube.NAME, SobolSaltelli.NAME);
    }
}
