package nl.samenspel.output;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;

/** The CSV tables of one run: weekly.csv (one row a week) and summary.csv (one row an outcome). */
public final class RunTables {
    private RunTables() {}

    public static String weekly(RunResult r) {
        StringBuilder s = new StringBuilder("week,year");
        for (Outcome o : Outcome.values()) s.append(',').append(o.column);
        s.append('\n');
        for (int w = 0; w < r.weeks(); w++) {
            s.append(w + 1).append(',').append(w / 52 + 1);
            for (Outcome o : Outcome.values()) s.append(',').append(Numbers.format(r.weekly(w, o)));
            s.append('\n');
        }
        return s.toString();
    }

    public static String summary(RunResult r) {
        StringBuilder s = new StringBuilder("metric,value,kind,description\n");
        for (Outcome o : Outcome.values()) {
            s.append(o.column).append(',').append(Numbers.format(r.summary(o))).append(',')
                    .append(o.kind.name().toLowerCase(java.util.Locale.ROOT)).append(',').append(Numbers.csvText(o.description)).append('\n');
        }
        return s.toString();
    }
}
