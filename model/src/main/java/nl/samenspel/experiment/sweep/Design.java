package nl.samenspel.experiment.sweep;

import java.util.List;

/**
 * How design points are chosen from the varied parameters (EMA Workbench calls these samplers).
 * A design point is one value per varied parameter, in the experiment's order.
 */
public interface Design {
    /** The name written in experiment files. */
    String name();

    /** How many points {@link #points} gives, counted without making them (a design may be too large to make). */
    long pointCount(List<VariedParameter> parameters);

    /** Every design point, in a fixed order; depends only on the parameters and the seed. */
    List<Object[]> points(List<VariedParameter> parameters, long seed);

    /**
     * The points that share random numbers: runs of the same replication at points of one group get
     * the same seeds (common random numbers). By default every point is its own group.
     */
    default int seedGroup(int pointId, int parameters) {
        return pointId;
    }

    /** How a run's seeds follow from the experiment's seed, in words, for sweep.json. */
    default String seedRule() {
        return "behaviour seed = Seeds.derive(Seeds.derive(seed, point_id), replication)";
    }

    /** a * b, or Long.MAX_VALUE where it would overflow: a count that large is refused anyway. */
    static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Points from rows of the unit cube: each number mapped onto its parameter's range ({@link VariedParameter#at}). */
    static List<Object[]> scaled(double[][] unit, List<VariedParameter> parameters) {
        List<Object[]> out = new java.util.ArrayList<>(unit.length);
        for (double[] row : unit) {
            Object[] point = new Object[row.length];
            for (int i = 0; i < row.length; i++) point[i] = parameters.get(i).at(row[i]);
            out.add(point);
        }
        return out;
    }

    static List<String> names() {
        return List.of(FullFactorial.NAME, LatinHypercube.NAME, SobolSaltelli.NAME);
    }
}
