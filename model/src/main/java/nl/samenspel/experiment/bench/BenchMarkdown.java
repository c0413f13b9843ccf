package nl.samenspel.experiment.bench;

import java.util.List;
import java.util.Locale;

/**
 * bench.md: the machine, the load, the targets with their figures and verdicts, and every case.
 * The part between the markers is what the README's performance section shows, replaced by
 * {@code samenspel bench --readme README.md} (from a fresh run, or with {@code --from DIR} from a
 * bench folder), so the README's table is always one bench's output, never typed in.
 */
public final class BenchMarkdown {
    public static final String BEGIN = "<!-- bench:begin";
    public static final String END = "<!-- bench:end -->";

    private BenchMarkdown() {}

    public static String of(Machine machine, double loadStart, double loadEnd, String started, List<String> command,
            List<Target> targets, List<BenchResult> results) {
        StringBuilder s = new StringBuilder("# samenspel bench\n\n");
        s.append(BEGIN).append(" (generated: samenspel bench --readme README.md) -->\n");
        s.append("Measured ").append(started).append(" with `").append(String.join(" ", command)).append("`: ").append(machine.describe())
                .append("; load average ").append(load(loadStart)).append(" at the start, ").append(load(loadEnd)).append(" at the end")
                .append(busy(machine, loadStart, loadEnd) ? " (**other work was running: wall times are inflated**)" : "").append(".\n\n");
        s.append(Target.markdown(targets));
        s.append(END).append("\n\n## Cases\n\n");
        s.append("| case | residents | years | threads | runs | seconds per run (median) | ns per resident-week (wall) | ns per resident-week (CPU) | runs per minute | peak heap MB |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (BenchResult r : results) {
            double cpu = r.cpuNanosPerResidentWeek();
            s.append(String.format(Locale.ROOT, "| %s | %,d | %d | %d | %d | %.3f | %.1f | %s | %.1f | %.0f |%n", r.name(), r.residents(), r.years(), r.threads(),
                    r.runs(), r.medianSecondsPerRun(), r.nanosPerResidentWeek(), Double.isNaN(cpu) ? "-" : String.format(Locale.ROOT, "%.1f", cpu),
                    BenchResult.runsPerMinute(r), r.peakHeapMb()));
        }
        return s.toString();
    }

    /** More runnable work than half the cores besides the bench's own: wall-clock figures are not the machine's. */
    static boolean busy(Machine m, double loadStart, double loadEnd) {
        return loadStart > m.cores() / 2.0 + 0.5 || loadEnd > m.cores() + 0.5;
    }

    static String load(double v) {
        return Double.isNaN(v) ? "unknown" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The text between the markers, both marker lines included; a marker counts only at the start of a line (prose may quote it). */
    public static String block(String text) {
        int i = lineStart(text, BEGIN, 0);
        int j = i < 0 ? -1 : lineStart(text, END, i);
        if (i < 0 || j < 0) throw new IllegalArgumentException("no " + BEGIN + " ... " + END + " block (each marker at the start of a line)");
        return text.substring(i, j + END.length());
    }

    private static int lineStart(String text, String marker, int from) {
        for (int i = text.indexOf(marker, from); i >= 0; i = text.indexOf(marker, i + 1)) {
            if (i == 0 || text.charAt(i - 1) == '\n') return i;
        }
        return -1;
    }

    /** {@code into} with its block replaced by {@code from}'s. */
    public static String replaceBlock(String into, String from) {
        String old = block(into);
        int i = lineStart(into, BEGIN, 0);
        return into.substring(0, i) + block(from) + into.substring(i + old.length());
    }
}
