package nl.samenspel.experiment.validation;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;

/**
 * Measures over every reported week rather than the last year only: for small effects they
 * average out more of the week-to-week noise than the summary does.
 */
final class Horizon {
    private Horizon() {}

    /** The outcome summed over all reported weeks (e.g. all new volunteers in the horizon). */
    static double sum(RunResult r, Outcome o) {
        double s = 0;
        for (int w = 0; w < r.weeks(); w++) s += r.weekly(w, o);
        return s;
    }

    /** The mean of the outcome's weekly values over the weeks where it is defined. */
    static double mean(RunResult r, Outcome o) {
        double s = 0;
        int n = 0;
        for (int w = 0; w < r.weeks(); w++) {
            double v = r.weekly(w, o);
            if (Double.isNaN(v)) continue;
            s += v;
            n++;
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
