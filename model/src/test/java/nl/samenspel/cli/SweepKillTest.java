package nl.samenspel.cli;

import static nl.samenspel.experiment.sweep.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.experiment.sweep.RecordLog;
import nl.samenspel.experiment.sweep.SweepFixtures;
import nl.samenspel.experiment.sweep.SweepFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL at three moments and resumed each time gives a runs.csv
 * byte-identical to an uninterrupted one, and every kill leaves only complete rows.
 */
@org.junit.jupiter.api.Tag("system")
class SweepKillTest {
    static final int RUNS = 60;

    @TempDir
    Path tmp;

    @Test
    void killNineThreeTimesThenResumeGivesTheSameBytes() throws Exception {
        Path file = SweepFixtures.small(tmp, 1500, RUNS / 4);
        SweepFixtures.Result ref = cli("sweep", file.toString(), "--out", tmp.resolve("ref").toString(), "--threads", "2", "-q");
        assertEquals(0, ref.code(), ref.err());

        Path dir = tmp.resolve("killed");
        SweepFolder folder = new SweepFolder(dir);
        int columns = Files.readAllLines(tmp.resolve("ref/runs.csv")).get(0).split(",").length;
        int before = 0;
        for (int killAt : new int[] {1, 20, 40}) {
            List<String> args = new ArrayList<>(List.of("sweep", file.toString(), "--out", dir.toString(), "--threads", "2", "-q"));
            if (before > 0) args.add("--resume");
            Process p = new ProcessBuilder(SweepFixtures.javaCommand(args.toArray(String[]::new)))
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("log-" + killAt + ".txt").toFile()).start();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (records(folder) < killAt && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
            assertTrue(p.isAlive(), "the sweep should still be running at " + killAt + " runs; output: " + Files.readString(tmp.resolve("log-" + killAt + ".txt")));
            p.destroyForcibly();
            p.waitFor();
            assertEquals(137, p.exitValue(), "killed with SIGKILL");
            assertFalse(Files.exists(dir.resolve("runs.csv")), "a killed sweep has no runs.csv");
            int after = records(folder);
            assertTrue(after >= killAt && after > before && after < RUNS, "runs recorded after the kill at " + killAt + ": " + after);
            for (String row : rows(folder)) assertEquals(columns, row.split(",", -1).length, "complete row: " + row);
            before = after;
        }
        SweepFixtures.Result resumed = cli("sweep", file.toString(), "--out", dir.toString(), "--threads", "2", "--resume", "-q");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains(before + " were done already, " + (RUNS - before) + " ran now"), resumed.out());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("ref/runs.csv")), Files.readAllBytes(dir.resolve("runs.csv")));
    }

    private static int records(SweepFolder folder) throws IOException {
        return Files.exists(folder.runsLog("local")) ? RecordLog.scan(folder.runsLog("local")).entries().size() : 0;
    }

    private static List<String> rows(SweepFolder folder) throws IOException {
        byte[] all = Files.readAllBytes(folder.runsLog("local"));
        List<String> out = new ArrayList<>();
        for (RecordLog.Entry e : RecordLog.scan(folder.runsLog("local")).entries()) {
            String row = new String(all, (int) e.offset(), e.length(), StandardCharsets.UTF_8);
            assertTrue(row.endsWith("\n") && row.indexOf('\n') == row.length() - 1, "one line per record");
            out.add(row.strip());
        }
        return out;
    }
}
