package nl.samenspel.experiment.validation;

import java.util.Locale;
import nl.samenspel.experiment.stats.Interval;

/** Numbers in validation messages: three significant digits, intervals in brackets. */
final class Format {
    private Format() {}

    static String num(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (v == 0) return "0";
        double a = Math.abs(v);
        String f = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, f, v);
    }

    static String interval(Interval i) {
        return num(i.mean()) + " (" + num(i.low()) + " to " + num(i.high()) + ")";
    }

    static String percent(Interval i) {
        return String.format(Locale.ROOT, "%+.0f%% (%+.0f to %+.0f)", i.mean() * 100, i.low() * 100, i.high() * 100);
    }
}
