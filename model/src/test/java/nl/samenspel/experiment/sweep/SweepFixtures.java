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
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("experiments")) ? here : here.getParent();
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
}
