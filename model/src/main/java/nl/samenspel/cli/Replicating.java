package nl.samenspel.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Checks and defaults shared by the commands that run replications (compare, validate), and the command line for manifests. */
final class Replicating {
    private Replicating() {}

    static void requireReplications(int replications) {
        if (replications < 2) throw new UserError("--replications: need at least 2 replications for a confidence interval, got " + replications);
    }

    /** {@code samenspel} and the arguments as typed, for the manifest. */
    static List<String> commandLine(CommandSpec spec) {
        List<String> c = new ArrayList<>();
        c.add("samenspel");
        c.addAll(spec.commandLine().getParseResult().originalArgs());
        return c;
    }
}
