package nl.samenspel.metrics;

/**
 * The outcomes of one run: {@code weekly[w][o.ordinal()]} for each reported week,
 * {@code summary[o.ordinal()]} by the rules of {@link Outcome}, and the per-volunteer yearly
 * records of {@link VolunteerYears}.
 */
public record RunResult(double[][] weekly, double[] summary, VolunteerYears volunteerYears) {
    public RunResult(double[][] weekly, double[] summary) {
        this(weekly, summary, new VolunteerYears());
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
