package nl.samenspel.metrics;

import java.util.Arrays;

/**
 * One record per volunteer and reported year (pattern P8): her tie to a coordinator at the start
 * of the year and whether she quit, for any reason, within the next 52 weeks. Only whole years of
 * the horizon are kept, so every record had the same 52 weeks to end in a quit.
 */
public final class VolunteerYears {
    private double[] tie = new double[256];
    private boolean[] quit = new boolean[256];
    private int size;

    public void add(double coordinatorTie, boolean quitWithinYear) {
        if (size == tie.length) {
            tie = Arrays.copyOf(tie, 2 * size);
            quit = Arrays.copyOf(quit, 2 * size);
        }
        tie[size] = coordinatorTie;
        quit[size++] = quitWithinYear;
    }

    public int size() {
        return size;
    }

    public double tie(int i) {
        return tie[i];
    }

    public boolean quit(int i) {
        return quit[i];
    }
}
