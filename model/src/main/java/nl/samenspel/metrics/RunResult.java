package nl.samenspel.metrics;

/**
 * The outcomes of one run: {@code weekly[w][o.ordinal()]} for each reported week and
 * {@code summary[o.ordinal()]} by the rules of {@link Outcome}.
 */
public record RunResult(double[][] weekly, double[] summary) {
    public double summary(Outcome o) {
        return summary[o.ordinal()];
    }

    public double weekly(int week, Outcome o) {
        return weekly[week][o.ordinal()];
    }

    public int weeks() {
        return weekly.length;
    }
}
