package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspel.output.BuildInfo;
import nl.samenspel.scenario.ScenarioException;

/**
 * The one place that turns what a command threw into a message and an exit code. Bad input and
 * the machine's limits (full disk, no memory, a folder that cannot be written) are exit 2 in the
 * user's words; anything else is a bug: exit 3, a short report, and the full trace in a file.
 */
final class Failures {
    private Failures() {}

    static int report(Throwable ex, PrintWriter err) {
        String bad = badInput(ex);
        if (bad != null) {
            err.println("samenspel: " + bad.replace("\n", "\nsamenspel: "));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        String where = "";
        try {
            Path f = Files.createTempFile("samenspel-bug-", ".txt");
            Files.writeString(f, "samenspel " + BuildInfo.version() + " (" + BuildInfo.gitCommit() + ")\n" + trace);
            where = "; the details are in " + f;
        } catch (IOException | RuntimeException e) {
            where = "";
        }
        StackTraceElement top = ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : null;
        err.println("samenspel: internal error (a bug in samenspel, not in your input): " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage())) + (top == null ? "" : " at " + top));
        err.println("samenspel: please report it with the command you ran" + where);
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** The user-facing message when the failure is the input's or the machine's, else null. */
    static String badInput(Throwable ex) {
        if (ex instanceof UserError || ex instanceof ScenarioException) return ex.getMessage();
        if (ex instanceof java.nio.file.InvalidPathException p) return "'" + nl.samenspel.scenario.ScenarioProblem.safe(p.getInput()) + "': not a valid file name (" + p.getReason() + ")";
        for (Throwable c = ex; c != null; c = c.getCause()) if (c instanceof OutOfMemoryError) return outOfMemory();
        for (Throwable c = ex; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (c instanceof FileSystemException f && m.contains("No space left on device")) {
                return f.getFile() + ": the disk is full; free some space (nothing complete-looking was left behind)";
            }
            if (c instanceof java.nio.file.AccessDeniedException f) return f.getFile() + ": permission denied; choose a folder you can write (--out)";
            if (c instanceof FileSystemException f && m.contains("Read-only file system")) return f.getFile() + ": the file system is read-only; choose another --out";
        }
        return null;
    }

    /** Residents of the largest world this command builds, for the out-of-memory message (0: unknown). */
    private static volatile long residents;

    static void expectResidents(long n) {
        residents = Math.max(residents, n);
    }

    /**
     * One line: how much heap there was, about how much this world needs (measured: the city's
     * 650,000 residents run in 512 MB, about 64 MB plus 700 bytes a resident per thread), and how to give it.
     */
    static String outOfMemory() {
        long had = Runtime.getRuntime().maxMemory() >> 20;
        long need = residents > 0 ? 64 + residents * 700 / (1 << 20) : had * 4;
        long give = Long.highestOneBit(Math.max(256, need * 3 / 2)) << 1;
        String flag = give >= 1024 ? (give / 1024) + "g" : give + "m";
        return "out of memory: Java was given " + had + " MB of heap; " + (residents > 0 ? "a world of " + residents + " residents needs about " + need + " MB per thread" : "this needs more")
                + ". Give it more with java -Xmx" + flag + " -jar samenspel.jar ... (or use fewer --threads, or fewer residents)";
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }
}
