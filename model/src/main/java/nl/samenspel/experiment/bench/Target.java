package nl.samenspel.experiment.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * One speed target of issue 12 as {@code bench} reports it: what is measured, the figure, the
 * limit, and whether the figure meets it. A figure that could not be taken, or was taken on a
 * shortened case (--quick, --scale, --years), is reported but not judged.
 */
public record Target(String name, String figure, String limit, Verdict verdict) {
    public enum Verdict {
        MET("met"), NOT_MET("not met"), NOT_JUDGED("not judged"), NOT_MEASURED("not measured");

        public final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    /** A figure that must not exceed {@code limit}; judged only where {@code judged}. */
    public static Target atMost(String name, double value, double limit, DoubleFunction<String> format, boolean judged, String note) {
        if (Double.isNaN(value)) return new Target(name, note == null ? "not measurable" : note, "at most " + format.apply(limit), Verdict.NOT_MEASURED);
        String figure = format.apply(value) + (note == null ? "" : " " + note);
        Verdict v = !judged ? Verdict.NOT_JUDGED : value <= limit ? Verdict.MET : Verdict.NOT_MET;
        return new Target(name, figure, "at most " + format.apply(limit), v);
    }

    /** A yes-or-no target: null means it could not be checked. */
    public static Target holds(String name, Boolean holds, String figureIfKnown, String why) {
        if (holds == null) return new Target(name, why, "yes", Verdict.NOT_MEASURED);
        return new Target(name, (holds ? "yes" : "no") + (figureIfKnown == null ? "" : " " + figureIfKnown), "yes", holds ? Verdict.MET : Verdict.NOT_MET);
    }

    /** A target that bench does not measure, and where it is measured instead. */
    public static Target elsewhere(String name, String limit, String where) {
        return new Target(name, where, limit, Verdict.NOT_MEASURED);
    }

    public static DoubleFunction<String> unit(String unit, int decimals) {
        return v -> String.format(Locale.ROOT, "%." + decimals + "f %s", v, unit);
    }

    /** A markdown table, one row per target; a | in a cell is escaped. */
    public static String markdown(List<Target> targets) {
        StringBuilder s = new StringBuilder("| target | figure | limit | met |\n|---|---|---|---|\n");
        for (Target t : targets) {
            s.append("| ").append(cell(t.name)).append(" | ").append(cell(t.figure)).append(" | ").append(cell(t.limit)).append(" | ")
                    .append(t.verdict == Verdict.MET ? "met" : t.verdict == Verdict.NOT_MET ? "**not met**" : t.verdict.label).append(" |\n");
        }
        return s.toString();
    }

    /** targets.csv: the same rows, quoted where needed. */
    public static String csv(List<Target> targets) {
        StringBuilder s = new StringBuilder("target,figure,limit,verdict\n");
        for (Target t : targets) s.append(quote(t.name)).append(',').append(quote(t.figure)).append(',').append(quote(t.limit)).append(',').append(t.verdict.label).append('\n');
        return s.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
