package nl.samenspel.metrics;

import java.util.Arrays;

/** What the mechanisms count during one week: a numerator and a denominator per outcome. */
public final class WeekTally {
    private static final int N = Outcome.values().length;
    final double[] num = new double[N];
    final double[] den = new double[N];
    private final VolunteerYears volunteerYears;

    public WeekTally() {
        this(new VolunteerYears());
    }

    /** @param volunteerYears where the yearly per-volunteer records go (kept over the run, not cleared weekly) */
    WeekTally(VolunteerYears volunteerYears) {
        this.volunteerYears = volunteerYears;
    }

    /** The run's per-volunteer yearly records (pattern P8). */
    public VolunteerYears volunteerYears() {
        return volunteerYears;
    }

    /** Adds to a count (a stock or flow). */
    public void count(Outcome o, double amount) {
        num[o.ordinal()] += amount;
        den[o.ordinal()] = 1;
    }

    /** Adds to a ratio's numerator and denominator. */
    public void ratio(Outcome o, double numerator, double denominator) {
        num[o.ordinal()] += numerator;
        den[o.ordinal()] += denominator;
    }

    public double numerator(Outcome o) {
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
