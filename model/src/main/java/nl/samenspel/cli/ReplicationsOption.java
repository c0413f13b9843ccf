package nl.samenspel.cli;

import picocli.CommandLine.Option;

/** {@code -r/--replications}: the one declaration; the default is the command's (see {@link CommandDefaults}). */
public final class ReplicationsOption {
    static final String NAME = "--replications";

    @Option(names = {"-r", NAME}, paramLabel = "R", description = "Replications (runs) per scenario or group (default: ${DEFAULT-VALUE}).")
    int replications;

    /** The count, refused below {@code min} (exit 2). */
    public int atLeast(int min, String why) {
        if (replications < min) throw new UserError("--replications: expected at least " + min + why + ", got " + replications);
        return replications;
    }
}
