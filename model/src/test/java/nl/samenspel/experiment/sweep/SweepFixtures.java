package nl.samenspel.experiment.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.cli.Main;

/** Shared helpers for sweep tests: small experiment files, running the CLI, reading results. */
public final class SweepFixtures {
    private SweepFixtures() {}

    /** The project's root (experiments/ and scenarios/ live there); tests run in model/. */
    public static Path root() {
        return nl.samenspel.ProjectFiles.root();
    }

    public static Path shipped(String name) {
        return root().resolve("experiments").resolve(name + ".yaml");
    }

    /**
     * A small factorial experiment: 2 x 2 points on a town of {@code residents}, one year,
     * {@code replications} each; seconds to run.
     */
    public static Path small(Path dir, int residents, int replications) throws IOException {
        return write(dir.resolve("small-test.yaml"), """
                name: small-test
                scenario: baseline
                set: {population.residents: %d}
                years: 1
                seed: 5
                replications: %d
                design: full-factorial
                parameters:
                  coordinators.posts: {values: [0, 2]}
                  volunteers.drift: {range: {low: 0.003, high: 0.008}, steps: 2}
                outcomes: [volunteers_active, reach_4w, samenspel_ties]
                """.formatted(residents, replications));
    }

    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Runs the CLI in this JVM; returns exit code, stdout and stderr. */
    public static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    public record Result(int code, String out, String err) {}

    /** A command line that starts the CLI in a fresh JVM on this test's classpath. */
    public static List<String> javaCommand(String... args) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add("-Djava.awt.headless=true");
        c.add("nl.samenspel.cli.Main");
        c.addAll(List.of(args));
        return c;
    }

    /** Whether an external tool must be there: on CI it must, elsewhere a test may skip. */
    public static boolean ci() {
        return "true".equals(System.getenv("CI"));
    }

    /**
     * Skips the test with a clear message when a system tool is missing, but fails it when
     * CI=true, so that CI cannot silently skip (DEVELOPERS guide, rule 1).
     */
    public static void requireTools(String packages, String... paths) {
        for (String p : paths) {
            if (Files.isExecutable(Path.of(p))) continue;
            String msg = p + " is missing: install " + packages + " (apt-get install " + packages + "), as .ci/run does";
            if (ci()) org.junit.jupiter.api.Assertions.fail(msg + " [CI=true, so this test may not skip]");
            org.junit.jupiter.api.Assumptions.abort("SKIPPED: " + msg);
        }
    }

    /** Runs a process to its end with a time limit; returns its exit code and combined output. */
    public static Result run(List<String> command, Path dir, java.util.Map<String, String> env, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path log = Files.createTempFile("samenspel-process", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroy();
                if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
                return new Result(-1, Files.readString(log), "timed out after " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(log), "");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The shell command that starts samenspel in a fresh JVM on this test's classpath. */
    public static String shellCommand(String maxHeap) {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -Xmx" + maxHeap + " -Djava.awt.headless=true -cp "
                + System.getProperty("java.class.path") + " nl.samenspel.cli.Main";
    }
}
