package nl.samenspel.cli;

import picocli.CommandLine.Option;

/** {@code --seed}: the one declaration; the default is the command's (see {@link CommandDefaults}). */
public final class SeedOption {
    static final String NAME = "--seed";

    @Option(names = NAME, paramLabel = "S", description = "Seed; the same seed gives the same results (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    public long value() {
        return seed;
    }
}
