package nl.samenspel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's YAML round trip through the command line's reader, and the queue: first in, first out, with places and cancel. */
@Tag("system")
class ServeFlowTest {
    @TempDir
    static Path dir;
    static ServeFixture serve;

    @BeforeAll
    static void start() throws Exception {
        serve = new ServeFixture(dir.resolve("ws"));
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    private static List<String[]> form(String... kv) {
        List<String[]> f = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) f.add(new String[] {kv[i], kv[i + 1]});
        return f;
    }

    private static HttpResponse<String> upload(WebClient c, String csrf, String name, String yaml) throws Exception {
        String boundary = "----samenspel" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: application/yaml\r\n\r\n"
                + yaml + "\r\n--" + boundary + "--\r\n";
        return c.send(HttpRequest.newBuilder(URI.create(c.base() + "/scenarios/upload")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aBuiltScenarioDownloadsAsYamlThatTheCommandLineAndTheUploadRead() throws Exception {
        WebClient c = serve.client();
        String csrf = c.csrf("/");
        HttpResponse<String> y = c.post("/scenarios/yaml", form("csrf", csrf, "own.name", "drie-jaar", "own.title", "Elke \"drie\" jaar",
                "p.tender.interval_years", "3", "p.access.mode", "walk_in", "p.coordinators.posts", "3"));
        assertEquals(200, y.statusCode(), y.body());
        assertTrue(y.headers().firstValue("Content-Disposition").orElse("").contains("drie-jaar.yaml"));
        String yaml = y.body();
        assertTrue(yaml.contains("interval_years: 3") && yaml.contains("mode: walk_in") && !yaml.contains("posts:"), "only what differs from the baseline: " + yaml);
        Path file = dir.resolve("drie-jaar.yaml");
        Files.writeString(file, yaml);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.execute(new PrintWriter(out), new PrintWriter(err), "run", file.toString(), "--years", "1", "--out", dir.resolve("run").toString()),
                "the command line reads the downloaded file: " + err);

        HttpResponse<String> back = upload(c, csrf, "drie-jaar.yaml", yaml);
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(back.body().contains("id=\"uploaded\""), "the page says the file was loaded");
        assertTrue(back.body().matches("(?s).*id=\"p-tender-interval-years\" name=\"p.tender.interval_years\" value=\"3\".*"), "the builder holds the file's values");
        assertTrue(back.body().contains("value=\"drie-jaar\""), "and its name");
    }

    @Test
    void aBadUploadedFileGetsTheCommandLinesMessageInThePage() throws Exception {
        WebClient c = serve.client();
        String csrf = c.csrf("/");
        String bad = "name: fout\nbases: [baseline]\nparameters:\n  coordinators:\n    postz: 2\n  wijkteam:\n    caseload: 900\n";
        Path file = dir.resolve("fout.yaml");
        Files.writeString(file, bad);
        StringWriter err = new StringWriter();
        assertEquals(2, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", file.toString()));
        HttpResponse<String> r = upload(c, csrf, "fout.yaml", bad);
        assertEquals(422, r.statusCode());
        assertFalse(WebClient.leaksInternals(r.body()));
        String page = r.body().replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        int lines = 0;
        for (String line : err.toString().split("\n")) {
            if (line.isBlank()) continue;
            String message = line.replace("samenspel: ", "").replace(dir.toString() + "/", "");
            assertTrue(page.contains(message), "the page shows the command line's line '" + message + "'");
            lines++;
        }
        assertEquals(2, lines, "both problems, each with file, line and key: " + err);
    }

    @Test
    void comparisonsWaitInTurnWithTheirPlaceAndCanBeCancelled() throws Exception {
        WebClient c = serve.client();
        String csrf = c.csrf("/");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = c.post("/comparisons", form("csrf", csrf, "scenario", "baseline", "scenario", "tender-churn", "replications", "40", "years", "20"));
            assertEquals(303, r.statusCode(), r.body());
            ids.add(r.headers().firstValue("Location").orElseThrow().replace("/comparisons/", ""));
        }
        String second = c.get("/comparisons/" + ids.get(1) + "/status").body();
        String third = c.get("/comparisons/" + ids.get(2) + "/status").body();
        assertTrue(second.contains("\"place\":1") || second.contains("\"state\":\"RUNNING\""), second);
        assertTrue(third.contains("\"place\":2") || third.contains("\"place\":1"), "the third waits behind the second: " + third);
        assertTrue(c.get("/comparisons/" + ids.get(2)).body().contains("wachtrij"), "the progress page shows the queue");
        for (int i = 2; i >= 0; i--) {
            String page = c.get("/comparisons/" + ids.get(i)).body();
            assertEquals(303, c.post("/comparisons/" + ids.get(i) + "/cancel", form("csrf", RoomFixture.csrfOf(page))).statusCode());
        }
        for (String id : ids) assertEquals("CANCELLED", ServeFixture.waitForEnd(c, id, Duration.ofMinutes(5)), id);
        for (String id : ids) assertFalse(Files.exists(serve.workspace.root().resolve(id)), "a cancelled comparison leaves no folder");
        assertTrue(c.get("/comparisons").body().contains("geannuleerd"));
    }
}
