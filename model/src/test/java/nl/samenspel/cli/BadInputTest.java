package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets one clear message naming file, line and key, with a hint; exit code 2; no stack
 * trace; and no output folder (complete-looking or staged) left behind.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Path scenario(String name, String text) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, text);
        return f;
    }

    private CliRun runExpectingBadInput(String... args) throws IOException {
        Path out = dir.resolve("out");
        String[] all = Stream.concat(Stream.of(args), Stream.of("--out", out.toString(), "-q")).toArray(String[]::new);
        CliRun r = CliRun.of(all);
        assertEquals(2, r.exit(), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(out), "no output folder");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial")), "no staging folder left");
        }
        return r;
    }

    @Test
    void anUnknownKeyNamesFileLineAndTheNearestValidKey() throws IOException {
        Path f = scenario("typo", "name: typo\nbases: [baseline]\nparameters:\n  coordinators:\n    psots: 2\n");
        CliRun r = runExpectingBadInput("run", f.toString());
        assertTrue(r.err().contains(f + ":5"), r.err());
        assertTrue(r.err().contains("'coordinators.psots'"), r.err());
        assertTrue(r.err().contains("did you mean 'coordinators.posts'?"), r.err());
    }

    @Test
    void anUnknownTopLevelKeyIsAnError() throws IOException {
        Path f = scenario("top", "name: top\nbase: [baseline]\n");
        CliRun r = runExpectingBadInput("run", f.toString());
        assertTrue(r.err().contains(f + ":2") && r.err().contains("did you mean 'bases'?"), r.err());
    }

    @Test
    void aWrongTypeIsAnError() throws IOException {
        Path f = scenario("type", "name: type\nbases: [baseline]\nparameters:\n  coordinators:\n    posts: many\n  access:\n    mode: helicopter\n");
        CliRun r = runExpectingBadInput("run", f.toString());
        assertTrue(r.err().contains(f + ":5") && r.err().contains("expected a whole number, got 'many'"), r.err());
        assertTrue(r.err().contains(f + ":7") && r.err().contains("expected one of desk, walk_in"), "every problem at once: " + r.err());
    }

    @Test
    void aValueOutOfRangeIsAnError() throws IOException {
        Path f = scenario("range", "name: range\nbases: [baseline]\nparameters:\n  volunteers:\n    base_hazard: 1.5\n");
        CliRun r = runExpectingBadInput("run", f.toString());
        assertTrue(r.err().contains(f + ":5") && r.err().contains("out of range 0..1"), r.err());
    }

    @Test
    void aMissingBaseIsAnError() throws IOException {
        Path f = scenario("orphan", "name: orphan\nbases: [baselien]\n");
        CliRun r = runExpectingBadInput("run", f.toString());
        assertTrue(r.err().contains(f + ":2") && r.err().contains("no such scenario") && r.err().contains("did you mean 'baseline'?"), r.err());
    }

    @Test
    void aCycleOfBasesIsAnError() throws IOException {
        scenario("alpha", "name: alpha\nbases: [beta]\n");
        Path b = scenario("beta", "name: beta\nbases: [alpha]\n");
        CliRun r = runExpectingBadInput("run", b.toString());
        assertTrue(r.err().contains("cycle of bases"), r.err());
    }

    @Test
    void anUnknownScenarioNameIsAnError() throws IOException {
        CliRun r = runExpectingBadInput("run", "no-coordinator");
        assertTrue(r.err().contains("did you mean 'no-coordinators'?"), r.err());
    }

    @Test
    void aMissingFileIsAnError() throws IOException {
        CliRun r = runExpectingBadInput("run", dir.resolve("nowhere.yaml").toString());
        assertTrue(r.err().contains("nowhere.yaml") && r.err().contains("file not found"), r.err());
    }

    @Test
    void brokenYamlIsAnError() throws IOException {
        Path f = scenario("broken", "name: broken\nbases: [baseline\nparameters:\n");
        CliRun r = runExpectingBadInput("run", f.toString());
        assertTrue(r.err().contains(f.toString()) && r.err().contains("not valid YAML"), r.err());
    }

    @Test
    void aBadOverrideIsAnError() throws IOException {
        CliRun r = runExpectingBadInput("run", "baseline", "--set", "coordinators.post=2", "--set", "wijkteam.hours=99");
        assertTrue(r.err().contains("--set") && r.err().contains("did you mean 'coordinators.posts'?"), r.err());
        assertTrue(r.err().contains("'wijkteam.hours'") && r.err().contains("out of range"), r.err());
    }

    @Test
    void aFolderThatIsNotEmptyIsNotOverwritten() throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliRun r = CliRun.of("run", "baseline", "--years", "1", "--out", out.toString(), "-q");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not empty"), r.err());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(1, s.count());
        }
    }
}
