package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, "Must show": `run city --threads 1` and `--threads 2` write byte-identical weekly.csv (a year of the full city). */
@Tag("system")
class RunThreadsSystemTest {
    @Test
    void theFullCityWritesTheSameWeeklyTableOnOneAndTwoThreads(@TempDir Path tmp) throws Exception {
        byte[] one = weekly(tmp.resolve("one"), "1");
        byte[] two = weekly(tmp.resolve("two"), "2");
        assertTrue(one.length > 1000, "a weekly table was written");
        assertArrayEquals(one, two);
    }

    @Test
    void zeroThreadsIsRefusedBeforeAnyFolderIsMade(@TempDir Path tmp) {
        CliRun r = CliRun.of("run", "baseline", "--years", "1", "--threads", "0", "-q", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--threads"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    private static byte[] weekly(Path out, String threads) throws Exception {
        CliRun r = CliRun.of("run", "city", "--years", "1", "--threads", threads, "-q", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        return Files.readAllBytes(out.resolve("weekly.csv"));
    }
}
