package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.samenspel.ProjectFiles;
import nl.samenspel.classroom.BystanderFitFile;
import nl.samenspel.experiment.sweep.ExperimentReader;
import nl.samenspel.scenario.InputFiles;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioResolver;

/**
 * Malformed files of each kind (scenario, experiment, bystander fit): random bytes, truncations
 * and byte flips of the shipped files, deep nesting, alias bombs, huge scalars, other encodings.
 * Each is read as the commands read it and must be accepted or refused as bad input (exit 2 by
 * {@link Failures}) with one message of bounded length, never a stack trace or another failure,
 * in bounded time. The count and the slowest refusal go to target/fuzz-report.txt.
 */
class MalformedInputFuzzTest {
    private static final AtomicLong TRIED = new AtomicLong();
    private static final Map<String, Double> SLOWEST = new ConcurrentHashMap<>();
    private static final Map<String, String> SLOWEST_INPUT = new ConcurrentHashMap<>();

    enum Kind {
        SCENARIO("scenarios/baseline.yaml"), EXPERIMENT("experiments/small.yaml"), FIT("scenarios/bystander.yaml");

        final String shipped;

        Kind(String shipped) {
            this.shipped = shipped;
        }

        byte[] valid() {
            try {
                return Files.readAllBytes(ProjectFiles.root().resolve(shipped));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Reads the file as its command does; returns normally when it is accepted. */
        void read(Path f) throws Exception {
            switch (this) {
                case SCENARIO -> new ScenarioResolver(ScenarioCatalog.scenarios()).resolve(f.toString(), List.of());
                case EXPERIMENT -> new ExperimentReader().load(f.toString());
                case FIT -> BystanderFitFile.parse(f.toString(), InputFiles.read(f));
            }
        }
    }

    @Property(tries = 400)
    void scenarioFiles(@ForAll("scenarioInputs") Input in) throws IOException {
        check(Kind.SCENARIO, in);
    }

    @Property(tries = 400)
    void experimentFiles(@ForAll("experimentInputs") Input in) throws IOException {
        check(Kind.EXPERIMENT, in);
    }

    @Property(tries = 400)
    void bystanderFitFiles(@ForAll("fitInputs") Input in) throws IOException {
        check(Kind.FIT, in);
    }

    /** One generated file and how it was made (for the report). */
    record Input(String how, byte[] bytes) {
        @Override
        public String toString() {
            return how + " (" + bytes.length + " bytes)";
        }
    }

    private static void check(Kind kind, Input in) throws IOException {
        Path dir = Files.createTempDirectory("samenspel-fuzz");
        Path f = dir.resolve("input.yaml");
        Files.write(f, in.bytes());
        long t = System.nanoTime();
        Throwable thrown = null;
        try {
            kind.read(f);
        } catch (Throwable e) {
            thrown = e;
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        TRIED.incrementAndGet();
        assertTrue(seconds < 10, kind + " " + in + " took " + seconds + " s");
        if (thrown == null) return;
        String message = thrown instanceof IllegalArgumentException && kind == Kind.FIT ? thrown.getMessage() : Failures.badInput(thrown);
        assertNotNull(message, kind + " " + in + ": not bad input but " + thrown);
        assertFalse(message.contains("\tat ") || message.contains("Exception") || message.contains("Error:"), message);
        assertTrue(message.length() < 20_000 && message.lines().count() <= 21, "bounded message: " + message.length() + " chars");
        assertTrue(message.startsWith(f.toString()), "names the file: " + message);
        SLOWEST.merge(kind.name(), seconds, Math::max);
        if (SLOWEST.get(kind.name()) == seconds) SLOWEST_INPUT.put(kind.name(), in.toString());
    }

    @AfterContainer
    static void report() throws IOException {
        StringBuilder b = new StringBuilder("malformed inputs tried: " + TRIED.get() + "\n");
        SLOWEST.forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, "slowest refusal, %s: %.3f s, %s%n", k, v, SLOWEST_INPUT.get(k))));
        Path target = ProjectFiles.root().resolve("model/target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("fuzz-report.txt"), b.toString());
        System.out.print(b);
    }

    @Provide
    Arbitrary<Input> scenarioInputs() {
        return inputs(Kind.SCENARIO);
    }

    @Provide
    Arbitrary<Input> experimentInputs() {
        return inputs(Kind.EXPERIMENT);
    }

    @Provide
    Arbitrary<Input> fitInputs() {
        return inputs(Kind.FIT);
    }

    private static Arbitrary<Input> inputs(Kind kind) {
        byte[] valid = kind.valid();
        String text = new String(valid, StandardCharsets.UTF_8);
        Arbitrary<Input> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3_000).map(b -> new Input("random bytes", b));
        Arbitrary<Input> truncated = Arbitraries.integers().between(0, valid.length).map(n -> new Input("truncated at " + n, java.util.Arrays.copyOf(valid, n)));
        Arbitrary<Input> flipped = Combinators.combine(Arbitraries.integers().between(0, valid.length - 1).list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.bytes()).as((at, b) -> {
                    byte[] c = valid.clone();
                    for (int i : at) c[i] = b;
                    return new Input("bytes " + at + " set to " + b, c);
                });
        Arbitrary<Input> deep = Combinators.combine(Arbitraries.integers().between(50, 20_000), Arbitraries.of("[", "{a: ", "- ", "a:\n")).as((n, open) -> {
            StringBuilder s = new StringBuilder("name: x\nparameters:\n  ");
            for (int i = 0; i < n; i++) s.append(open.equals("a:\n") ? "  ".repeat(Math.min(i, 400)) + "a:\n" : open);
            return new Input(n + " levels of " + open.strip().replace("\n", " "), s.toString().getBytes(StandardCharsets.UTF_8));
        });
        Arbitrary<Input> bombs = Combinators.combine(Arbitraries.integers().between(2, 30), Arbitraries.integers().between(2, 12)).as((levels, width) -> {
            StringBuilder s = new StringBuilder("a0: &a0 [lol]\n");
            for (int i = 1; i <= levels; i++) s.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ", java.util.Collections.nCopies(width, "*a" + (i - 1)))).append("]\n");
            return new Input("alias bomb " + levels + "x" + width, (text + "\n" + s).getBytes(StandardCharsets.UTF_8));
        });
        Arbitrary<Input> huge = Combinators.combine(Arbitraries.integers().between(10_000, 1_500_000), Arbitraries.of("name: ", "parameters: ", "experiment:\n  lone_rate: ", "x: \"", "'"))
                .as((n, at) -> new Input(n + "-character scalar after " + at.strip().replace("\n", " "), (at + "9".repeat(n) + "\n").getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Input> encodings = Arbitraries.of("UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32", "ISO-8859-1", "mixed").map(cs -> {
            if (cs.equals("mixed")) {
                byte[] latin = "# caf\u00e9 \u00e0 la carte\n".getBytes(StandardCharsets.ISO_8859_1);
                byte[] c = java.util.Arrays.copyOf(valid, valid.length + latin.length);
                System.arraycopy(latin, 0, c, valid.length, latin.length);
                return new Input("UTF-8 with a Latin-1 line", c);
            }
            return new Input("encoded as " + cs, (text + "# \u00e9\u00e8 \u20ac\n").getBytes(java.nio.charset.Charset.forName(cs)));
        });
        Arbitrary<Input> documents = Arbitraries.of("\n---\nname: y\n", "\n...\nname: y\n", "\n--- !!map\n", "\n%YAML 1.1\n---\n", "\n? [a, b]\n: c\n", "\n*nothing\n", "\nx: !!binary aGk=\n")
                .map(tail -> new Input("valid file + " + tail.strip(), (text + tail).getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, random), net.jqwik.api.Tuple.of(3, truncated), net.jqwik.api.Tuple.of(3, flipped),
                net.jqwik.api.Tuple.of(1, deep), net.jqwik.api.Tuple.of(1, bombs), net.jqwik.api.Tuple.of(1, huge),
                net.jqwik.api.Tuple.of(1, encodings), net.jqwik.api.Tuple.of(1, documents));
    }
}
