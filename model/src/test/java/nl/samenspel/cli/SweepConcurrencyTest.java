package nl.samenspel.cli;

import static nl.samenspel.experiment.sweep.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.samenspel.experiment.sweep.RecordLog;
import nl.samenspel.experiment.sweep.SweepFixtures;
import nl.samenspel.experiment.sweep.SweepFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one sweep folder (issue 9, defect 1): the part's lock holds, so a second
 * process is refused and says who holds the part; no run is ever lost or recorded twice.
 */
@Tag("system")
class SweepConcurrencyTest {
    static final int RUNS = 40;
    @TempDir
    static Path tmp;
    static Path file;
    static byte[] reference;

    @BeforeAll
    static void reference() throws IOException {
        file = SweepFixtures.small(tmp, 1200, RUNS / 4);
        SweepFixtures.Result r = cli("sweep", file.toString(), "--out", tmp.resolve("ref").toString(), "--threads", "2", "-q");
        assertEquals(0, r.code(), r.err());
        reference = Files.readAllBytes(tmp.resolve("ref/runs.csv"));
    }

    /** The lock is still held after the log was opened (and scanned): another process cannot take it. */
    @Test
    void aPartHeldByThisProcessRefusesAnotherProcess() throws Exception {
        Path dir = tmp.resolve("held");
        assertEquals(0, cli("sweep", file.toString(), "--out", dir.toString(), "--shard", "1/2", "-q").code());
        try (RecordLog held = RecordLog.openForAppend(new SweepFolder(dir).runsLog("shard-1-of-2"))) {
            Ran other = start("--out", dir.toString(), "--shard", "1/2", "--resume").finish();
            assertEquals(ExitCodes.BAD_INPUT, other.code, other.output);
            assertTrue(other.output.contains("in use by another process (pid " + ProcessHandle.current().pid()), other.output);
            assertTrue(other.output.contains(" since "), other.output);
        }
    }

    @Test
    void twoSweepsStartedTogetherIntoOneFolder() throws Exception {
        Path dir = tmp.resolve("together");
        List<Ran> ran = together("--out", dir.toString(), "--threads", "1");
        checkOneWorkedAndTheOtherSaidSo(ran);
        assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")));
        assertNoRunTwice(dir);
    }

    @Test
    void twoResumesOfOneShard() throws Exception {
        Path dir = tmp.resolve("shards");
        assertEquals(0, cli("sweep", file.toString(), "--out", dir.toString(), "--shard", "2/2", "-q").code());
        assertEquals(0, cli("sweep", file.toString(), "--out", dir.toString(), "--shard", "1/2", "-q").code());
        // Forget most of shard 1, then resume it twice at once.
        Path log = new SweepFolder(dir).runsLog("shard-1-of-2");
        RecordLog.Entry keep = RecordLog.scan(log).entries().get(2);
        try (var ch = java.nio.channels.FileChannel.open(log, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(keep.offset() + keep.length());
        }
        List<Ran> ran = together("--out", dir.toString(), "--shard", "1/2", "--resume", "--threads", "1");
        checkOneWorkedAndTheOtherSaidSo(ran);
        assertNoRunTwice(dir);
        SweepFixtures.Result merged = cli("merge", dir.toString());
        assertEquals(0, merged.code(), merged.err());
        assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")));
    }

    private static void checkOneWorkedAndTheOtherSaidSo(List<Ran> ran) {
        for (Ran r : ran) System.out.println("SweepConcurrencyTest: exit " + r.code + ": " + r.output.strip().replace('\n', ' '));
        int ok = 0;
        for (Ran r : ran) {
            if (r.code == 0) {
                ok++;
                continue;
            }
            assertEquals(ExitCodes.BAD_INPUT, r.code, r.output);
            assertTrue(r.output.contains("in use by another process (pid ") || r.output.contains("in use by another samenspel command (process ")
                    || r.output.contains("not empty"), "the second says why: " + r.output);
            assertTrue(!r.output.contains("Exception"), r.output);
        }
        assertTrue(ok >= 1, "at least one finished: " + ran);
    }

    private static void assertNoRunTwice(Path dir) throws IOException {
        SweepFolder folder = new SweepFolder(dir);
        Set<Long> seen = new HashSet<>();
        for (String part : folder.parts()) {
            for (RecordLog.Entry e : RecordLog.scan(folder.runsLog(part)).entries()) assertTrue(seen.add(e.runId()), "run " + e.runId() + " recorded twice");
        }
        assertEquals(RUNS, seen.size(), "every run recorded once");
    }

    private record Ran(int code, String output) {}

    private record Started(Process p, Path log) {
        Ran finish() throws Exception {
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished in time");
            return new Ran(p.exitValue(), Files.readString(log));
        }
    }

    private static int n;

    private static Started start(String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of("sweep", file.toString(), "-q"));
        a.addAll(List.of(args));
        Path log = tmp.resolve("process-" + (n++) + ".txt");
        Process p = new ProcessBuilder(SweepFixtures.javaCommand(a.toArray(String[]::new))).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Started(p, log);
    }

    private static List<Ran> together(String... args) throws Exception {
        Started a = start(args);
        Started b = start(args);
        return List.of(a.finish(), b.finish());
    }
}
