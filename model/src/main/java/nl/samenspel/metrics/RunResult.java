package nl.samenspel.metrics;

/**
 * The outcomes of one run: {@code weekly[w][o.ordinal()]} for each reported week,
 * {@code summary[o.ordinal()]} by the rules of {@link Outcome}, the reported week from which
 * the scenario's levers act ({@code leverStartWeek}; before it the run follows the reference), so
 * that charts can mark where each policy starts (0 for the first reported week; negative: from
 * the warm-up on), and the per-volunteer yearly records of {@link VolunteerYears} (pattern P8).
 */
public record RunResult(double[][] weekly, double[] summary, int leverStartWeek, VolunteerYears volunteerYears) {
    public RunResult(double[][] weekly, double[] summary) {
        this(weekly, summary, 0, new VolunteerYears());
    }

    public RunResult(double[][] weekly, double[] summary, int leverStartWeek) {
        this(weekly, summary, leverStartWeek, new VolunteerYears());
    }

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
