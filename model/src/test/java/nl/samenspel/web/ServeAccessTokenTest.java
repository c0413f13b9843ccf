package nl.samenspel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samenspel serve --host} off the default address needs the token it prints. Tested for
 * real, not with a forged forwarded address: the server listens on a second loopback address,
 * 127.0.0.2, where the command treats it as any other --host.
 */
@Tag("system")
class ServeAccessTokenTest {
    @TempDir
    Path dir;

    @Test
    void anotherAddressWithoutTheTokenIsRefused() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "nl.samenspel.cli.Main", "serve", "--host", "127.0.0.2", "--port", "0",
                "--workspace", dir.resolve("ws").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
            Matcher m = null;
            StringBuilder seen = new StringBuilder();
            for (String line; (line = out.readLine()) != null; ) {
                seen.append(line).append('\n');
                m = Pattern.compile("serve: open (http://127\\.0\\.0\\.2:\\d+)/\\?token=([A-Za-z0-9_-]{20,})").matcher(line);
                if (m.find()) break;
                m = null;
            }
            assertTrue(m != null, "serve prints the address with its token: " + seen);
            String base = m.group(1);
            String token = m.group(2);
            WebClient c = new WebClient(base);
            for (String path : List.of("/", "/comparisons", "/static/samenspel.css", "/?token=wrong" + token.substring(5), "/comparisons/x/files/summary.csv")) {
                HttpResponse<String> r = c.get(path);
                assertEquals(401, r.statusCode(), path + " without the token");
                assertFalse(WebClient.leaksInternals(r.body()));
                assertTrue(r.body().contains("samenspel serve"), "the page says where the token is: " + r.body());
            }
            HttpResponse<String> post = c.post("/comparisons", List.of(new String[] {"scenario", "baseline"}, new String[] {"scenario", "no-coordinators"}));
            assertEquals(401, post.statusCode(), "a POST without the token");
            HttpResponse<String> in = c.get("/?token=" + token);
            assertEquals(303, in.statusCode(), "the token in the address lets the browser in, then leaves the address");
            assertEquals("/", in.headers().firstValue("Location").orElse(""));
            assertEquals(200, c.get("/").statusCode(), "with the token's cookie");
            assertEquals(200, c.get("/comparisons").statusCode());
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }
}
