package nl.samenspel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import nl.samenspel.cli.Main;
import nl.samenspel.metrics.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report opened in headless Chromium: every chart loads, no script error, and a screenshot
 * (kept in target/report-screenshot.png for a person to look at).
 */
@org.junit.jupiter.api.Tag("system")
class ReportRenderingTest {
    /** Marks broken images and errors into the DOM, so that --dump-dom shows them. */
    static final String PROBE = """
            <script>
            window.__errors = [];
            window.addEventListener('error', function (e) { window.__errors.push(String(e.message || (e.target && e.target.src) || e)); }, true);
            window.addEventListener('load', function () {
              var imgs = Array.prototype.slice.call(document.images);
              var broken = imgs.filter(function (i) { return !i.complete || i.naturalWidth === 0; }).length;
              var d = document.createElement('div');
              d.id = 'render-check';
              d.textContent = 'IMAGES=' + imgs.length + ' BROKEN=' + broken + ' ERRORS=' + window.__errors.length + ' ' + window.__errors.join(' | ');
              document.body.appendChild(d);
            });
            </script>
            """;

    @TempDir
    Path tmp;

    @Test
    void reportRendersWithEveryChartAndNoErrors() throws Exception {
        Path chromium = HeadlessBrowser.require();
        Path out = tmp.resolve("cmp");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "compare", "baseline", "no-coordinators", "tender-churn", "--years", "1", "-r", "2", "-q", "--out", out.toString());
        assertEquals(0, code, err.toString());
        Path report = out.resolve("report.html");
        String html = Files.readString(report);
        Path probe = tmp.resolve("probe.html");
        Files.writeString(probe, html.replaceFirst("<head>", "<head>\n" + Matcher.quoteReplacement(PROBE)));

        String[] dom = HeadlessBrowser.run(chromium, Files.createDirectories(tmp.resolve("profile1")),
                List.of("--dump-dom", "--virtual-time-budget=10000"), probe.toUri().toString());
        int charts = 2 * Outcome.HEADLINE.length;
        assertTrue(dom[0].contains("IMAGES=" + charts + " BROKEN=0 ERRORS=0"), "render check: " + check(dom[0]) + "\n" + dom[1]);

        Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        String[] s = HeadlessBrowser.run(chromium, Files.createDirectories(tmp.resolve("profile2")),
                List.of("--screenshot=" + shot, "--window-size=1280,4000", "--hide-scrollbars", "--enable-logging=stderr", "--v=0"), report.toUri().toString());
        assertTrue(Files.isRegularFile(shot) && Files.size(shot) > 50_000, "screenshot written: " + s[1]);
        for (String line : s[1].split("\n")) {
            assertTrue(!line.contains("CONSOLE") && !line.contains("Uncaught") && !line.contains("ERR_FILE_NOT_FOUND"), "browser error: " + line);
        }
    }

    private static String check(String dom) {
        int i = dom.indexOf("IMAGES=");
        return i < 0 ? "no probe output (the page did not load)" : dom.substring(i, Math.min(dom.length(), i + 300));
    }
}
