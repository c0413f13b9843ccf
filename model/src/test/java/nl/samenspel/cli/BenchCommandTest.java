package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.samenspel.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of {@code bench} with tiny settings: the shape of what it writes, not the speed. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void quickBenchWritesTheCsvTheChartAndAManifest() throws Exception {
        Path out = dir.resolve("bench");
        CliRun run = CliRun.of("bench", "--quick", "--scale", "0.01", "--years", "1", "--sweep-runs", "4", "--threads", "2", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(out.resolve("bench.csv"));
        assertEquals("case,residents,years,threads,runs,median_seconds_per_run,resident_weeks_per_second,peak_heap_mb", lines.get(0));
        assertEquals(List.of("district", "district-50k", "city", "sweep"), lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertEquals(8, f.length, line);
            assertEquals("1", f[2], "years: " + line);
            assertTrue(Integer.parseInt(f[4]) >= 1, "runs: " + line);
            assertTrue(Double.parseDouble(f[5]) > 0 && Double.parseDouble(f[6]) > 0 && Double.parseDouble(f[7]) > 0, "positive figures: " + line);
        }
        assertEquals("50", lines.get(1).split(",")[1], "5,000 residents scaled by 0.01");
        assertEquals("6500", lines.get(3).split(",")[1], "650,000 residents scaled by 0.01");
        assertEquals("2", lines.get(4).split(",")[3], "sweep threads");
        assertEquals("4", lines.get(4).split(",")[4], "sweep runs");
        byte[] png = Files.readAllBytes(out.resolve("bench.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        Map<String, Object> m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("bench", m.get("kind"));
        assertTrue(((Map<?, ?>) m.get("outputs")).containsKey("bench.csv"));
        assertTrue(run.out().contains("runs/min"), "prints a table");
    }

    @Test
    void aBadScaleIsBadInputAndWritesNothing() {
        Path out = dir.resolve("never");
        CliRun run = CliRun.of("bench", "--scale", "0", "--out", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("scale"), run.err());
        assertFalse(Files.exists(out));
    }
}
