package nl.samenspel.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison made in the browser, with a built scenario and an own municipality, gives the
 * same summary.csv byte for byte as the command line the report shows, run as a separate
 * {@code samenspel compare} process from the comparison's folder.
 */
@Tag("system")
class BrowserMatchesCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void summaryCsvIsByteIdenticalToTheShownCommand() throws Exception {
        Path folder;
        try (ServeFixture serve = new ServeFixture(dir.resolve("ws"))) {
            WebClient c = serve.client();
            String csrf = c.csrf("/");
            List<String[]> f = new ArrayList<>();
            for (String[] kv : new String[][] {{"csrf", csrf}, {"scenario", "baseline"}, {"scenario", "no-coordinators"}, {"scenario", "own"},
                {"own.name", "twee-posten"}, {"own.title", "Twee posten"}, {"p.coordinators.posts", "2"}, {"p.access.mode", "walk_in"},
                {"municipality", "own"}, {"residents", "3000"}, {"districts", "1"}, {"replications", "3"}, {"years", "1"}}) f.add(kv);
            HttpResponse<String> r = c.post("/comparisons", f);
            assertEquals(303, r.statusCode(), r.body());
            String id = r.headers().firstValue("Location").orElseThrow().replace("/comparisons/", "");
            assertEquals("DONE", ServeFixture.waitForEnd(c, id, Duration.ofMinutes(10)));
            folder = serve.workspace.folder(id).orElseThrow();
            String page = c.get("/comparisons/" + id).body();
            assertTrue(page.contains("twee-posten --replications 3 --years 1"), "the report page shows the command: " + page);
        }
        assertTrue(Files.readString(folder.resolve("scenarios/twee-posten.yaml")).contains("posts: 2"), "the built scenario's file is in the folder");
        JsonNode web = new ObjectMapper().readTree(folder.resolve("web.json").toFile());
        List<String> command = new ArrayList<>();
        web.path("command").forEach(a -> command.add(a.asText()));
        assertEquals("samenspel", command.get(0));
        Path cli = dir.resolve("cli");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "nl.samenspel.cli.Main"));
        java.addAll(command.subList(1, command.size()));
        java.addAll(List.of("--quiet", "--out", cli.toString()));
        Process p = new ProcessBuilder(java).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("cli.log").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the command line finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("cli.log")));
        byte[] browser = Files.readAllBytes(folder.resolve("summary.csv"));
        byte[] commandLine = Files.readAllBytes(cli.resolve("summary.csv"));
        assertTrue(new String(browser, StandardCharsets.UTF_8).contains("\ntwee-posten,"), "the built scenario appears under its name");
        assertArrayEquals(commandLine, browser, "summary.csv of the browser and of " + String.join(" ", command));
    }
}
