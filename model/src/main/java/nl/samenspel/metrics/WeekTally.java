package nl.samenspel.metrics;

import java.util.Arrays;

/** What the mechanisms count during one week: a numerator and a denominator per outcome. */
public final class WeekTally {
    private static final int N = Outcome.values().length;
    final double[] num = new double[N];
    final double[] den = new double[N];
    private final VolunteerYears volunteerYears;
    /** For a log ({@link #log()}): the additions in order, replayed later by {@link #replayInto}. */
    private final boolean logging;
    private int[] logOutcome;
    private double[] logNum, logDen;
    private int logged;

    public WeekTally() {
        this(new VolunteerYears());
    }

    /** @param volunteerYears where the yearly per-volunteer records go (kept over the run, not cleared weekly) */
    WeekTally(VolunteerYears volunteerYears) {
        this(volunteerYears, false);
    }

    private WeekTally(VolunteerYears volunteerYears, boolean logging) {
        this.volunteerYears = volunteerYears;
        this.logging = logging;
        if (logging) {
            logOutcome = new int[64];
            logNum = new double[64];
            logDen = new double[64];
        }
    }

    /**
     * A tally that only keeps its additions, in order, until {@link #replayInto} adds them to
     * another: a district's counts made on another thread reach the week's tally in the same order
     * as if the district had counted there itself.
     */
    public static WeekTally log() {
        return new WeekTally(null, true);
    }

    /** Adds the logged additions to {@code t}, in the order they were made, and empties the log. */
    public void replayInto(WeekTally t) {
        for (int i = 0; i < logged; i++) {
            int o = logOutcome[i];
            if (o < 0) t.count(OUTCOMES[~o], logNum[i]);
            else t.ratio(OUTCOMES[o], logNum[i], logDen[i]);
        }
        logged = 0;
    }

    private static final Outcome[] OUTCOMES = Outcome.values();

    private void append(int outcome, double numerator, double denominator) {
        if (logged == logOutcome.length) {
            logOutcome = Arrays.copyOf(logOutcome, 2 * logged);
            logNum = Arrays.copyOf(logNum, 2 * logged);
            logDen = Arrays.copyOf(logDen, 2 * logged);
        }
        logOutcome[logged] = outcome;
        logNum[logged] = numerator;
        logDen[logged] = denominator;
        logged++;
    }

    /** The run's per-volunteer yearly records (pattern P8). */
    public VolunteerYears volunteerYears() {
        return volunteerYears;
    }

    /** Adds to a count (a stock or flow). */
    public void count(Outcome o, double amount) {
        if (logging) {
            append(~o.ordinal(), amount, 0);
            return;
        }
        num[o.ordinal()] += amount;
        den[o.ordinal()] = 1;
    }

    /** Adds to a ratio's numerator and denominator. */
    public void ratio(Outcome o, double numerator, double denominator) {
        if (logging) {
            append(o.ordinal(), numerator, denominator);
            return;
        }
        num[o.ordinal()] += numerator;
        den[o.ordinal()] += denominator;
    }

    public double numerator(Outcome o) {
        if (logging) throw new IllegalStateException("a log is read only after its replay");
        return num[o.ordinal()];
    }

    public double denominator(Outcome o) {
        return den[o.ordinal()];
    }

    void clear() {
        Arrays.fill(num, 0);
        Arrays.fill(den, 0);
    }
}
