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
        assertEquals(List.of("district", "district-65k", "city", "sweep"), lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList());
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
        assertEquals("650", lines.get(2).split(",")[1], "65,000 residents scaled by 0.01");
        List<String> targets = Files.readAllLines(out.resolve("targets.csv"));
        assertEquals("target,figure,limit,verdict", targets.get(0));
        assertEquals(13, targets.size(), "every target of issue 12, and the city with the advised collector");
        for (String t : targets.subList(1, targets.size())) {
            assertTrue(t.endsWith(",not judged") || t.endsWith(",not measured"), "a scaled bench judges nothing: " + t);
        }
        String md = Files.readString(out.resolve("bench.md"));
        assertTrue(md.contains("not running from samenspel.jar"), "the command-line cases need the jar: " + md);
        assertTrue(md.contains("| target | figure | limit | met |"), md);
        assertTrue(((Map<?, ?>) m.get("outputs")).containsKey("bench.md"));
        assertTrue(((Map<?, ?>) m.get("machine")).containsKey("load_average_start"));

        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# x\n\n<!-- bench:begin -->\nold table\n<!-- bench:end -->\n\nafter\n");
        CliRun update = CliRun.of("bench", "--readme", readme.toString(), "--from", out.toString());
        assertEquals(0, update.exit(), update.err());
        String updated = Files.readString(readme);
        assertTrue(!updated.contains("old table") && updated.contains("| target | figure | limit | met |") && updated.endsWith("\n\nafter\n"), updated);
    }

    @Test
    void aReadmeWithoutMarkersIsBadInputAndStaysAsItWas() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# no markers\n");
        Path from = dir.resolve("b");
        Files.createDirectories(from);
        Files.writeString(from.resolve("bench.md"), "<!-- bench:begin -->\nt\n<!-- bench:end -->\n");
        CliRun run = CliRun.of("bench", "--readme", readme.toString(), "--from", from.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bench:begin"), run.err());
        assertEquals("# no markers\n", Files.readString(readme));
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
