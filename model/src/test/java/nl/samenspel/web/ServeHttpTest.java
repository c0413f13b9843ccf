package nl.samenspel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of issue 13's security section, over real HTTP on loopback: each refusal has its status and no stack trace. */
@Tag("system")
class ServeHttpTest {
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

    private static List<String[]> form(String csrf, String... pairs) {
        List<String[]> f = new ArrayList<>();
        if (csrf != null) f.add(new String[] {"csrf", csrf});
        for (int i = 0; i < pairs.length; i += 2) f.add(new String[] {pairs[i], pairs[i + 1]});
        return f;
    }

    private static void refused(HttpResponse<String> r, int status, String what) {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        assertFalse(WebClient.leaksInternals(r.body()), what + " shows internals: " + r.body());
    }

    @Test
    void startPageHasHeadersAndEveryControlIsLabelled() throws Exception {
        HttpResponse<String> r = serve.client().get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
        assertEquals("SAMEORIGIN", r.headers().firstValue("X-Frame-Options").orElse(""));
        assertFalse(r.body().contains("http://") || r.body().contains("https://"), "no outside script, style or font: everything is served by the app");
        // Every input and select has an id that a label names (hidden fields aside).
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(input|select)(?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"").matcher(r.body());
        int controls = 0;
        while (m.find()) {
            controls++;
            assertTrue(r.body().contains("for=\"" + m.group(2) + "\""), "no label for " + m.group(2));
        }
        assertTrue(controls > 90, "a control per parameter, got " + controls);
    }

    @Test
    void aPostWithoutOrWithAWrongCsrfTokenIs403() throws Exception {
        WebClient c = serve.client();
        c.csrf("/");
        refused(c.post("/comparisons", form(null, "scenario", "baseline", "scenario", "no-coordinators")), 403, "no token");
        refused(c.post("/comparisons", form("wrong", "scenario", "baseline", "scenario", "no-coordinators")), 403, "wrong token");
        String other = serve.client().csrf("/"); // another browser's token does not fit this browser's cookie
        refused(c.post("/comparisons", form(other, "scenario", "baseline", "scenario", "no-coordinators")), 403, "another browser's token");
        refused(new WebClient(serve.server.baseUrl()).post("/comparisons", form("x", "scenario", "baseline")), 403, "no cookie");
        refused(c.post("/comparisons/x/cancel", form(null)), 403, "cancel without token");
        refused(c.post("/scenarios/yaml", form(null, "own.name", "a")), 403, "download without token");
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        WebClient c = serve.client();
        String csrf = c.csrf("/");
        refused(c.post("/comparisons", form(csrf, "title", "x".repeat(70_000))), 413, "70 kB form");
        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(c.base() + "/comparisons"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(("title=" + "y".repeat(2_000_000)).getBytes())));
        HttpResponse<String> r = c.send(chunked);
        assertEquals(411, r.statusCode(), "a 2 MB body without a length is refused before it is read");
        assertFalse(WebClient.leaksInternals(r.body()));
    }

    @Test
    void aPathInAnyParameterIsRefused() throws Exception {
        WebClient c = serve.client();
        String csrf = c.csrf("/");
        String[] paths = {"../../etc/passwd", "/etc/passwd", "..\\..\\windows", "scenarios/../baseline", "%2e%2e%2f"};
        for (String p : paths) {
            refused(c.post("/comparisons", form(csrf, "scenario", "baseline", "scenario", p)), 422, "scenario " + p);
            refused(c.post("/comparisons", form(csrf, "scenario", "baseline", "scenario", "own", "own.name", p)), 422, "own.name " + p);
            refused(c.post("/comparisons", form(csrf, "scenario", "baseline", "scenario", "own", "own.name", "a", "p.coordinators.posts", p)), 422, "a parameter " + p);
            refused(c.post("/comparisons", form(csrf, "scenario", "baseline", "scenario", "no-coordinators", "municipality", p)), 400, "municipality " + p);
            refused(c.post("/comparisons", form(csrf, "scenario", "baseline", "scenario", "no-coordinators", "replications", p)), 422, "replications " + p);
            refused(c.post("/comparisons", form(csrf, "scenario", "baseline", p, "1")), 400, "a field named " + p);
            refused(c.get("/estimate?scenario=" + java.net.URLEncoder.encode(p, "UTF-8")), 422, "estimate " + p);
        }
        for (String p : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..", ".jobs", "a%00b")) {
            HttpResponse<String> r = c.get("/comparisons/" + p);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, p + ": " + r.statusCode());
            assertFalse(WebClient.leaksInternals(r.body()));
            r = c.get("/comparisons/x/files/" + p);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, "files " + p + ": " + r.statusCode());
            assertFalse(WebClient.leaksInternals(r.body()));
        }
        assertFalse(Files.exists(dir.resolve("etc")), "nothing written outside the workspace");
    }

    @Test
    void aScenarioOverTheLimitsIs422WithItsKeyAndRange() throws Exception {
        WebClient c = serve.client();
        String csrf = c.csrf("/");
        String[][] over = {
            {"replications", "1000", "replications"},
            {"replications", "1", "replications"},
            {"years", "101", "years"},
            {"years", "0", "years"},
            {"municipality", "own", "population.residents"},
        };
        for (String[] o : over) {
            List<String[]> f = form(csrf, "scenario", "baseline", "scenario", "no-coordinators", o[0], o[1]);
            if (o[0].equals("municipality")) {
                f.add(new String[] {"residents", "99999999"});
                f.add(new String[] {"districts", "3"});
            }
            HttpResponse<String> r = c.post("/comparisons", f);
            refused(r, 422, o[0] + "=" + o[1]);
            assertTrue(r.body().contains(o[2]), "the message names " + o[2] + ": " + r.body());
        }
        HttpResponse<String> r = c.post("/comparisons", form(csrf, "scenario", "baseline", "scenario", "own", "own.name", "veel", "p.coordinators.posts", "20000"));
        refused(r, 422, "posts 20000");
        assertTrue(r.body().contains("coordinators.posts") && r.body().contains("0..10000"), r.body());
        assertTrue(r.body().contains("id=\"problem\""), "the message is shown in the start page");
        refused(c.post("/comparisons", form(csrf, "scenario", "baseline")), 422, "one scenario");
        assertTrue(serve.app.queue().all().isEmpty(), "nothing was started");
    }

    @Test
    void aValidPostStartsAJobThatTheListShows() throws Exception {
        WebClient c = serve.client();
        String csrf = c.csrf("/");
        HttpResponse<String> r = c.post("/comparisons", form(csrf, "scenario", "baseline", "scenario", "no-coordinators", "replications", "2", "years", "1", "title", "Lijsttest"));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/comparisons/[0-9]{8}-[0-9]{6}-[a-z0-9]{4}"), location);
        String id = location.substring("/comparisons/".length());
        assertTrue(c.get("/comparisons").body().contains(id), "the list shows the new job");
        assertEquals("DONE", ServeFixture.waitForEnd(c, id, Duration.ofMinutes(5)));
        String list = c.get("/comparisons").body();
        assertTrue(list.contains("Lijsttest") && list.contains("baseline, no-coordinators"), list);
        HttpResponse<String> csv = c.get("/comparisons/" + id + "/files/summary.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("scenario,metric,mean"));
        HttpResponse<String> zip = c.get("/comparisons/" + id + "/files/" + id + ".zip");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        assertFalse(Files.exists(serve.workspace.root().resolve(".jobs").resolve(id)), "the staging folder is gone once published");
    }

    @Test
    void anotherHostNameIsRefusedOnLoopback() throws Exception {
        // A page elsewhere whose name resolves to 127.0.0.1 (DNS rebinding) sends its own name as Host.
        String evil = raw(serve.server.port(), "GET / HTTP/1.1\r\nHost: evil.example:" + serve.server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(evil.startsWith("HTTP/1.1 403"), evil);
        assertFalse(WebClient.leaksInternals(evil));
        String ours = raw(serve.server.port(), "GET / HTTP/1.1\r\nHost: localhost:" + serve.server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(ours.startsWith("HTTP/1.1 200"), ours.lines().findFirst().orElse(""));
    }

    static String raw(int port, String request) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Every endpoint, a bounded number of random requests each (fixed seed, at most a minute): none answers 5xx or shows internals. */
    @Test
    void aBoundedFuzzOfEveryEndpoint() throws Exception {
        WebClient c = serve.client();
        String csrf = c.csrf("/");
        SplittableRandom rnd = new SplittableRandom(13);
        String[] gets = {"/", "/comparisons", "/comparisons/%s", "/comparisons/%s/status", "/comparisons/%s/files/%s", "/estimate", "/static/%s"};
        String[] posts = {"/comparisons", "/comparisons/%s/cancel", "/scenarios/yaml", "/scenarios/upload"};
        String[] names = {"scenario", "replications", "years", "title", "municipality", "residents", "districts", "own.name", "own.title",
            "p.coordinators.posts", "p.access.mode", "p.funding.contract", "p.wijkteam.liaison", "csrf", "lang"};
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int sent = 0;
        for (int i = 0; i < 40 && System.nanoTime() < deadline; i++) {
            for (String g : gets) {
                String path = String.format(g, junk(rnd, true), junk(rnd, true));
                StringBuilder q = new StringBuilder();
                for (int k = rnd.nextInt(4); k > 0; k--) q.append(q.length() == 0 ? "?" : "&").append(names[rnd.nextInt(names.length)]).append('=').append(junk(rnd, true));
                check(c.get(path + q), "GET " + path + q);
                sent++;
            }
            for (String p : posts) {
                String path = String.format(p, junk(rnd, true));
                List<String[]> f = new ArrayList<>();
                if (rnd.nextBoolean()) f.add(new String[] {"csrf", csrf});
                for (int k = rnd.nextInt(6); k > 0; k--) f.add(new String[] {names[rnd.nextInt(names.length)], junk(rnd, false)});
                check(c.post(path, f), "POST " + path + " " + WebClient.encode(f));
                sent++;
            }
        }
        assertTrue(sent >= 100, "sent " + sent);
        assertEquals(200, c.get("/").statusCode(), "the server still answers");
        for (var job : serve.app.queue().all()) serve.app.queue().cancel(job.id());
    }

    private static void check(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() < 500, what + " -> " + r.statusCode() + ": " + r.body());
        assertFalse(WebClient.leaksInternals(r.body()), what + " shows internals");
    }

    private static String junk(SplittableRandom rnd, boolean urlSafe) {
        String[] parts = {"baseline", "..", "/", "%2F", "%00", "own", "-1", "1e309", "NaN", "true", "<script>", "é", "😀", "%", "'", "\"",
            "9".repeat(30), "a".repeat(300), "city", "0", "20261201-000000-abcd", "report.html", "summary.csv", ";", " "};
        StringBuilder b = new StringBuilder();
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) b.append(parts[rnd.nextInt(parts.length)]);
        String s = b.toString();
        return urlSafe ? java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("%252F", "%2F") : s;
    }
}
