package nl.samenspel.cli;

import picocli.CommandLine.Option;

/** {@code -q/--quiet}: the one declaration. */
public final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    public boolean on() {
        return quiet;
    }
}
