package nl.samenspel.metrics;

/**
 * Keeps the weekly series of every outcome over the reported horizon and reduces them to the
 * summary rules of {@link Outcome}. One row per reported week; warm-up weeks are not kept.
 */
public final class OutcomeRecorder {
    private static final int N = Outcome.values().length;
    private final int weeks;
    private final double[][] num;
    private final double[][] den;
    private final VolunteerYears volunteerYears = new VolunteerYears();
    private final WeekTally tally = new WeekTally(volunteerYears);
    private int recorded;

    public OutcomeRecorder(int weeks) {
        this.weeks = weeks;
        num = new double[weeks][N];
        den = new double[weeks][N];
    }

    /** The tally the mechanisms write into this week. */
    public WeekTally tally() {
        return tally;
    }

    /** Closes the week: keeps it if it is reported, and clears the tally. */
    public void endWeek(boolean reported) {
        if (reported && recorded < weeks) {
            System.arraycopy(tally.num, 0, num[recorded], 0, N);
            System.arraycopy(tally.den, 0, den[recorded], 0, N);
            recorded++;
        }
        tally.clear();
    }

    /** Where Observation writes one record per volunteer and whole reported year (pattern P8). */
    public VolunteerYears volunteerYears() {
        return volunteerYears;
    }

    public int recordedWeeks() {
        return recorded;
    }

    public RunResult result() {
        return result(0);
    }

    /** @param leverStartWeek the reported week from which the scenario's levers act */
    public RunResult result(int leverStartWeek) {
        double[][] values = new double[recorded][N];
        for (int w = 0; w < recorded; w++) {
            for (int i = 0; i < N; i++) {
                values[w][i] = den[w][i] == 0 ? (Outcome.values()[i].kind == Outcome.Kind.RATIO ? Double.NaN : 0) : num[w][i] / den[w][i];
            }
        }
        double[] summary = new double[N];
        int from = Math.max(0, recorded - 52);
        for (Outcome o : Outcome.values()) {
            int i = o.ordinal();
            switch (o.kind) {
                case STOCK -> summary[i] = recorded == 0 ? Double.NaN : values[recorded - 1][i];
                case FLOW -> {
                    double s = 0;
                    for (int w = from; w < recorded; w++) s += values[w][i];
                    summary[i] = s;
                }
                case RATIO -> {
                    double n = 0, d = 0;
                    for (int w = from; w < recorded; w++) {
                        n += num[w][i];
                        d += den[w][i];
                    }
                    summary[i] = d == 0 ? Double.NaN : n / d;
                }
            }
        }
        return new RunResult(values, summary, leverStartWeek, volunteerYears);
    }
}
