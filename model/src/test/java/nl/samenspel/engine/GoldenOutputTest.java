package nl.samenspel.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.output.Manifest;
import nl.samenspel.output.RunManifest;
import nl.samenspel.output.RunTables;
import nl.samenspel.scenario.ResolvedScenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Guards the speed work of issue 6: the outputs recorded before any optimisation
 * (src/test/resources/golden/&lt;scenario&gt;/, one fixed seed per scenario file) must come out
 * byte for byte the same. Each golden is rerun from its stored resolved parameters and seeds,
 * not from the scenario files, which may be retuned later. Only the golden's own columns are
 * compared, by name, so outcome columns added later do not break it; likewise the summary's
 * values, by metric name, where the golden has a summary.csv.
 */
class GoldenOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> everyGoldenRunIsReproducedByteForByte() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(GOLDEN)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(dirs.size() >= 10, "expected a golden run for each care scenario file, found " + dirs.size());
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }

    private static void check(Path dir) throws Exception {
        RunManifest m = Manifest.readRun(dir.resolve(Manifest.FILE));
        // With the reference the run followed until its lever start week, where the manifest records one.
        ResolvedScenario s = nl.samenspel.experiment.Reproduction.recorded(dir.resolve(Manifest.FILE), m);
        Seeds seed = new Seeds(m.seeds().behaviour(), m.seeds().network());
        RunResult result = Simulation.run(s.parameters(), s.reference(), seed, w -> {});
        List<String[]> now = rows(RunTables.weekly(result));
        List<String[]> golden = rows(Files.readString(dir.resolve("weekly.csv")));
        assertEquals(golden.size(), now.size(), dir + ": number of weeks");
        List<String> nowHeader = List.of(now.get(0));
        String[] header = golden.get(0);
        for (int c = 0; c < header.length; c++) {
            int at = nowHeader.indexOf(header[c]);
            assertTrue(at >= 0, dir + ": column " + header[c] + " is gone");
            for (int r = 1; r < golden.size(); r++) {
                assertEquals(golden.get(r)[c], now.get(r)[at], dir + ": week row " + r + ", column " + header[c]);
            }
        }
        Path summary = dir.resolve("summary.csv");
        if (Files.exists(summary)) { // metric,value by name; descriptions may be reworded
            Map<String, String> values = new HashMap<>();
            for (String[] row : rows(RunTables.summary(result))) values.put(row[0], row[1]);
            List<String[]> recorded = rows(Files.readString(summary));
            for (String[] row : recorded.subList(1, recorded.size())) {
                assertEquals(row[1], values.get(row[0]), dir + ": summary of " + row[0]);
            }
        }
    }

    private static List<String[]> rows(String csv) {
        List<String[]> out = new ArrayList<>();
        for (String line : csv.split("\n")) if (!line.isEmpty()) out.add(line.split(",", -1));
        return out;
    }
}
