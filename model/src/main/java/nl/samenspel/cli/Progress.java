package nl.samenspel.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on the terminal's error stream, shown only when a terminal is attached and the
 * work has taken more than a second, with the time left.
 */
public final class Progress implements AutoCloseable {
    private final String label;
    private long total;
    private final long started = System.nanoTime();
    private final boolean enabled;
    private final PrintStream out = System.err;
    private long lastDraw;
    private boolean drawn;

    public Progress(String label, long total, boolean quiet) {
        this.label = label;
        this.total = Math.max(1, total);
        this.enabled = !quiet && System.console() != null;
    }

    /** Changes the amount of work, e.g. once a resumed sweep knows what is left. */
    public synchronized void total(long total) {
        this.total = Math.max(1, total);
    }

    public synchronized void update(long done) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - started < 1_000_000_000L || now - lastDraw < 200_000_000L && done < total) return;
        lastDraw = now;
        drawn = true;
        double f = Math.min(1, (double) done / total);
        int width = 30;
        int filled = (int) Math.round(f * width);
        double elapsed = (now - started) / 1e9;
        String left = f > 0 ? formatSeconds(elapsed * (1 - f) / f) : "?";
        out.printf(Locale.ROOT, "\r%s [%s%s] %3.0f%%  %d/%d  %s left ", label, "#".repeat(filled), " ".repeat(width - filled), f * 100, done, total, left);
        out.flush();
    }

    static String formatSeconds(double s) {
        if (s < 60) return String.format(Locale.ROOT, "%.0fs", s);
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", (int) s / 60, (int) s % 60);
        return String.format(Locale.ROOT, "%dh%02dm", (int) s / 3600, ((int) s % 3600) / 60);
    }

    @Override
    public void close() {
        if (enabled && drawn) {
            out.print("\r" + " ".repeat(90) + "\r");
            out.flush();
        }
    }
}
