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
        if (ex instanceof OutOfMemoryError) return outOfMemory();
        if (ex instanceof StackOverflowError) return "the input is nested too deeply to handle (stack exhausted); simplify it";
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

    /** One line: how much heap there was and how to give more. */
    static String outOfMemory() {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        long need = Math.max(512, Integer.highestOneBit((int) Math.max(1, mb)) * 4L);
        return "out of memory: this run needs more than the " + mb + " MB of heap Java was given (about " + need
                + " MB or more for this size); give it more with java -Xmx" + (need >= 1024 ? (need / 1024) + "g" : need + "m")
                + " -jar samenspel.jar ..., or use fewer residents or --threads";
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }
}
