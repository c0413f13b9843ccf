package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.samenspel.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunAndReproduceTest {
    @TempDir
    Path dir;

    @Test
    void aRunWritesItsTablesAndAManifestThatReproducesThem() throws Exception {
        Path out = dir.resolve("run");
        CliRun run = CliRun.of("run", "no-coordinators", "--seed", "4", "--years", "2", "--set", "population.residents=1500", "--out", out.toString(), "-q");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("volunteers_active"), "prints the headline outcomes");
        for (String f : new String[] {"weekly.csv", "summary.csv", "manifest.json"}) assertTrue(Files.isRegularFile(out.resolve(f)), f);
        assertEquals(105, Files.readAllLines(out.resolve("weekly.csv")).size(), "a header and 104 weeks");

        Map<String, Object> m = Manifest.read(out.resolve("manifest.json"));
        for (String key : new String[] {"version", "git_commit", "seeds", "parameters", "command", "java_version", "started", "finished", "outputs"}) {
            assertTrue(m.containsKey(key), key);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) m.get("parameters");
        assertEquals(1500, ((Number) params.get("population.residents")).intValue());
        assertEquals(0, ((Number) params.get("coordinators.cut_week")).intValue());

        CliRun same = CliRun.of("reproduce", out.toString());
        assertEquals(0, same.exit(), same.out() + same.err());
        assertTrue(same.out().contains("byte-identical"));

        Path weekly = out.resolve("weekly.csv");
        Files.writeString(weekly, Files.readString(weekly).replaceFirst("\n1,1,", "\n1,1,9"));
        CliRun edited = CliRun.of("reproduce", out.toString());
        assertEquals(1, edited.exit());
        assertTrue(edited.out().contains("weekly.csv") && edited.out().contains("DIFFERS"), edited.out());
        assertFalse(edited.out().contains("summary.csv   DIFFERS"), edited.out());
    }

    @Test
    void reproduceNeedsAManifest() {
        CliRun r = CliRun.of("reproduce", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("manifest.json"), r.err());
    }

    @Test
    void helpListsTheCommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exit());
        for (String c : new String[] {"run", "reproduce", "scenarios", "params"}) assertTrue(r.out().contains(c), c);
    }

    @Test
    void manifestsAreJson() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, CliRun.of("run", "baseline", "--years", "1", "--set", "population.residents=500", "--out", out.toString(), "-q").exit());
        assertNotNull(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("outputs").get("weekly.csv"));
    }
}
