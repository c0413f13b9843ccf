package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's cases of input that crashed or misled: each is now exit 2 with one message in the
 * user's words (file, line and key where there is one), nothing written, and no Java exception name.
 */
class InputRefusalsTest {
    @TempDir
    Path dir;

    private CliRun refused(String... args) throws IOException {
        CliRun r = CliRun.of(args);
        assertEquals(2, r.exit(), r.err() + r.out());
        assertFalse(r.err().matches("(?s).*\\b[A-Z]\\w*(Exception|Error)\\b.*"), "no Java exception name: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial")), "no staging folder left");
        }
        return r;
    }

    private Path out() {
        return dir.resolve("out");
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aFolderAPipeALoopAndWrongEncodingsEachSayWhatTheyAre() throws Exception {
        Files.createDirectories(dir.resolve("folder.yaml"));
        assertTrue(refused("run", dir.resolve("folder.yaml").toString(), "--out", out().toString()).err().contains("is a folder, not a file"));
        Path loop = dir.resolve("loop.yaml");
        Files.createSymbolicLink(loop, loop);
        assertTrue(refused("run", loop.toString(), "--out", out().toString()).err().contains("loop of symbolic links"));
        Path fifo = dir.resolve("pipe.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        assertTrue(refused("run", fifo.toString(), "--out", out().toString()).err().contains("not a regular file"));
        Path utf16 = Files.write(dir.resolve("utf16.yaml"), "name: x\nbases: [baseline]\n".getBytes(StandardCharsets.UTF_16));
        assertTrue(refused("run", utf16.toString(), "--out", out().toString()).err().contains("is UTF-16 text"));
        Path binary = Files.write(dir.resolve("binary.yaml"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3});
        assertTrue(refused("run", binary.toString(), "--out", out().toString()).err().contains("is not text"));
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(refused("run", latin1.toString(), "--out", out().toString()).err().contains("is not UTF-8 text"));
        Path big = dir.resolve("big.yaml");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'#'}), 200L << 20);
        }
        assertTrue(refused("run", big.toString(), "--out", out().toString()).err().contains("is too large"), "a 200 MB file is refused before it is read");
        assertFalse(Files.exists(out()));
    }

    @Test
    void basesCompareByRealPathAndAreNotNestedWithoutEnd() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        file("a.yaml", "name: a\nbases: [./sub/b.yaml]\n");
        Files.writeString(sub.resolve("b.yaml"), "name: b\nbases: [../a.yaml]\n");
        CliRun r = refused("run", dir.resolve("a.yaml").toString(), "--out", out().toString());
        assertTrue(r.err().contains("cycle of bases") && r.err().length() < 1_000, r.err());
        for (int i = 0; i < 5_000; i++) file("l" + i + ".yaml", "name: l" + i + "\nbases: [" + (i == 4_999 ? "baseline" : "l" + (i + 1) + ".yaml") + "]\n");
        r = refused("run", dir.resolve("l0.yaml").toString(), "--out", out().toString());
        assertTrue(r.err().contains("bases are nested more than"), r.err());
    }

    @Test
    void valuesThatWouldCrashTheModelAreRefusedWithTheKeyToChange() throws IOException {
        CliRun r = refused("run", "baseline", "--set", "population.residents=99", "--set", "population.districts=100", "--out", out().toString(), "-q");
        assertTrue(r.err().contains("--set: 'population.residents': 99 residents are too few for 100 district(s)") && r.err().contains("give at least"), r.err());
        for (String v : new String[] {"1e309", ".inf", "-.inf", ".nan"}) {
            r = refused("run", "baseline", "--set", "volunteers.base_hazard=" + v, "--out", out().toString(), "-q");
            assertTrue(r.err().contains("is not a finite number"), v + ": " + r.err());
        }
        r = refused("run", "baseline", "--set", "coordinators.posts=0x10", "--out", out().toString(), "-q");
        assertTrue(r.err().contains("hexadecimal"), r.err());
        Path s = file("inf.yaml", "name: inf\nbases: [baseline]\nparameters:\n  population:\n    residents: .inf\n");
        r = refused("run", s.toString(), "--out", out().toString(), "-q");
        assertTrue(r.err().contains(s + ":5: 'population.residents': '.inf' is not a finite number"), r.err());
    }

    @Test
    void experimentValuesRangesAndSetRefuseInfinity() throws IOException {
        String head = "name: e\nscenario: baseline\ndesign: full-factorial\nyears: 1\n";
        Path e1 = file("e1.yaml", head + "parameters:\n  coordinators.posts: {values: [1, .inf]}\n");
        assertTrue(refused("sweep", e1.toString(), "--out", out().toString(), "-q").err().contains(e1 + ":6: 'coordinators.posts.values': '.inf' is not a finite number"));
        Path e2 = file("e2.yaml", head + "parameters:\n  volunteers.base_hazard: {range: {low: 0, high: 1e309}, steps: 3}\n");
        assertTrue(refused("sweep", e2.toString(), "--out", out().toString(), "-q").err().contains("'1e309' is not a finite number"));
        Path e3 = file("e3.yaml", head + "set:\n  volunteers.base_hazard: -.inf\nparameters:\n  coordinators.posts: {values: [1, 2]}\n");
        assertTrue(refused("sweep", e3.toString(), "--out", out().toString(), "-q").err().contains("is not a finite number"));
        Path e4 = file("e4.yaml", head + "parameters: {}\n");
        assertTrue(refused("sweep", e4.toString(), "--out", out().toString(), "-q").err().contains(e4 + ":5: 'parameters': names no parameter to vary"));
    }

    @Test
    void outputPlacesAreCheckedBeforeAnyWork() throws IOException {
        assertTrue(refused("run", "baseline", "--out=", "-q").err().contains("--out: the name is empty"));
        assertTrue(refused("run", "baseline", "--out", "/proc/samenspel-out", "-q").err().contains("cannot write here"));
        assertTrue(refused("sweep", "small", "--out", "/proc/samenspel-out", "-q").err().contains("cannot write here"));
        assertTrue(refused("export-network", "baseline", "--format", "dot", "--out", "/proc/x.dot").err().contains("cannot write here"));
        assertTrue(refused("export-network", "baseline", "--format", "dot", "--out=").err().contains("--out: the name is empty"));
    }

    @Test
    void aFolderAnotherLiveCommandIsWritingIsInUse() throws Exception {
        Path target = out();
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dir.resolve(".out.in-use"), other.pid() + " 2026-12-01T23:00:00Z\n");
            CliRun r = refused("run", "baseline", "--years", "1", "--out", target.toString(), "-q");
            assertTrue(r.err().contains("in use by another samenspel command (process " + other.pid() + ", since 2026-12-01T23:00:00Z)"), r.err());
        } finally {
            other.destroy();
            other.waitFor();
        }
        CliRun r = CliRun.of("run", "baseline", "--years", "1", "--out", target.toString(), "-q");
        assertEquals(0, r.exit(), "a reservation of a process that is gone is taken over: " + r.err());
        assertFalse(Files.exists(dir.resolve(".out.in-use")), "released when the command ends");
        r = refused("run", "baseline", "--years", "1", "--out", target.toString(), "-q");
        assertTrue(r.err().contains("not empty"), r.err());
    }

    @Test
    void optionsOutOfBoundsAreRefused() throws IOException {
        assertTrue(refused("bystander", "--others", "0,1,1000000", "--out", out().toString()).err().contains("--others: at most 1000"));
        assertTrue(refused("bench", "--threads", "-1", "--out", out().toString()).err().contains("--threads: expected at least 1"));
        assertTrue(refused("compare", "baseline", "baseline", "--threads", "0", "--out", out().toString()).err().contains("--threads"));
    }

    @Test
    void aGenuineBugIsExitThreeWithAShortReportNotBadInput() {
        System.setProperty(Main.INJECT_BUG, "1");
        CliRun r;
        try {
            r = CliRun.of("run", "baseline", "--years", "1", "--out", out().toString(), "-q");
        } finally {
            System.clearProperty(Main.INJECT_BUG);
        }
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().startsWith("samenspel: internal error (a bug in samenspel, not in your input): IllegalStateException: bug injected"), r.err());
        assertTrue(r.err().lines().count() <= 2 && !r.err().contains("\tat "), "a short report, the trace in a file: " + r.err());
        assertTrue(r.err().contains("the details are in "), r.err());
    }

    private static String help(String command) {
        return CliRun.of(command, "--help").out().replaceAll("\\s+", " ");
    }

    @Test
    void eachSharedOptionIsDeclaredOnceAndShowsItsCommandsDefault() {
        assertTrue(help("compare").contains("-r, --replications=R Replications (runs) per scenario or group (default: 30)"), help("compare"));
        assertTrue(help("validate").contains("--replications=R Replications (runs) per scenario or group (default: 20)"), help("validate"));
        assertTrue(help("bystander").contains("(default: 4000)"), help("bystander"));
        String run = help("run");
        assertTrue(run.contains("--seed=S Seed; the same seed gives the same results (default: 1)") && run.contains("-q, --quiet No progress bar."), run);
        assertTrue(help("sweep").contains("--threads=N Worker threads (default: all cores)"), help("sweep"));
    }
}
