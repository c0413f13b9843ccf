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

    static List<String> names() {
        return List.of(FullFactorial.NAME, LatinHypercube.NAME, SobolSaltelli.NAME);
    }
}
