package nl.samenspel.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: the one declaration. Results never depend on it. */
public final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    /** The threads to use: the option, else every core; below 1 is refused (exit 2). */
    public int count() {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new UserError("--threads: expected at least 1, got " + n + " (leave it out to use all cores)");
        return n;
    }
}
