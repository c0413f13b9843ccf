package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.metrics.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare command end to end on a short horizon (the statistics are tested elsewhere). */
class CompareCommandTest {
    @TempDir
    static Path tmp;
    static Path out;
    static Result first;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new PrintWriter(o, true), new PrintWriter(e, true), args);
        return new Result(code, o.toString(), e.toString());
    }

    @BeforeAll
    static void compareOnce() {
        out = tmp.resolve("cmp");
        first = run("compare", "baseline", "no-coordinators", "--years", "2", "-r", "5", "--threads", "2", "--lang", "en", "-q", "--out", out.toString());
    }

    @Test
    void writesTheTablesChartsReportAndManifest() throws IOException {
        assertEquals(0, first.code(), first.err());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("scenario,metric,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,p_value,n,ensemble_share", summary.get(0));
        assertEquals(1 + 2 * Outcome.values().length, summary.size());
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("no-coordinators,volunteers_active,")));
        assertTrue(Files.readAllLines(out.resolve("replications.csv")).get(0).startsWith("scenario,replication,seed,volunteers_active,"));
        assertEquals(1 + 2 * 5, Files.readAllLines(out.resolve("replications.csv")).size());
        List<String> weekly = Files.readAllLines(out.resolve("weekly_means.csv"));
        assertEquals("scenario,week,metric,mean,ci_low,ci_high", weekly.get(0));
        assertEquals(1 + 2 * 104 * Outcome.values().length, weekly.size());
        for (Outcome o : Outcome.HEADLINE) {
            for (String chart : List.of(o.column + "_over_time", o.column + "_difference")) {
                assertTrue(Files.size(out.resolve("charts/" + chart + ".png")) > 1000, chart);
                assertTrue(Files.readString(out.resolve("charts/" + chart + ".svg")).contains("<svg"), chart);
            }
        }
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"kind\" : \"compare\""), manifest);
        assertTrue(manifest.contains("\"report.html\""), "the manifest hashes the report");
    }

    @Test
    void theReportIsSelfContained() throws IOException {
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"));
        assertFalse(html.contains("src=\"http"), "no image from the network");
        assertFalse(html.contains("href=\"http"), "no stylesheet or link to the network");
        assertFalse(html.contains("<script"), "no scripts");
        assertTrue(java.util.regex.Pattern.compile("<tr><td>Active volunteers</td>.*?(fewer active volunteers|more active volunteers|no clear difference|no substantial difference)").matcher(html).find(),
                "a verdict on the volunteer base in the summary table");
        assertTrue(html.contains("The one scenario studied changes"), "the conclusion counts one scenario as one, not as 'the one scenarios'");
        assertTrue(html.contains("coordinators.cut_week"), "what the scenario changes");
        assertTrue(html.contains("000:289"), "the seed line it rests on");
    }

    @Test
    void outputIsByteIdenticalWhateverTheThreadCount() throws IOException {
        Path again = tmp.resolve("cmp-one-thread");
        Result r = run("compare", "baseline", "no-coordinators", "--years", "2", "-r", "5", "--threads", "1", "--lang", "en", "-q", "--out", again.toString());
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString();
                // The manifest and the report (page and PDF) hold the command line, which names --threads and --out.
                if (rel.equals("manifest.json") || rel.startsWith("report.")) continue;
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(rel)), rel);
            }
        }
    }

    @Test
    void dutchReportWritesDecimalCommas() throws IOException {
        Path nl = tmp.resolve("cmp-nl");
        Result r = run("compare", "baseline", "no-coordinators", "--years", "1", "-r", "2", "-q", "--out", nl.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(nl.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("lang=\"nl\""));
        assertTrue(html.contains("Actieve vrijwilligers"));
        assertTrue(html.matches("(?s).*\\d,\\d+[ \\u00a0](%|procentpunt).*"), "a share or a difference in percentage points with a decimal comma");
        // A point before exactly three digits is Dutch digit grouping ("+1.675 %": a relative change on a tiny baseline).
        assertFalse(html.matches("(?s).*\\d\\.(\\d{1,2}|\\d{4,})[ \\u00a0](%|procentpunt).*"), "no decimal point in a Dutch share");
    }

    @Test
    void unknownScenarioIsBadInputAndWritesNothing() {
        Path target = tmp.resolve("bad-name");
        Result r = run("compare", "baseline", "no-coordinater", "-r", "2", "--out", target.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no-coordinater") && r.err().contains("no-coordinators"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void aSingleScenarioIsRefusedWithAHint() {
        Path target = tmp.resolve("single");
        Result r = run("compare", "baseline", "-r", "2", "--out", target.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("at least two scenarios") && r.err().contains("samenspel run baseline"), r.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void writesTheReportAsPdfAndTheMetadata() throws IOException {
        Path meta = tmp.resolve("cmp-meta");
        Result r = run("compare", "baseline", "no-coordinators", "--years", "1", "-r", "2", "-q", "--title", "Vrijwilligers in Oost",
                "--municipality", "Gemeente <Oost>", "--author", "Team Sociaal Domein", "--out", meta.toString());
        assertEquals(0, r.code(), r.err());
        byte[] pdf = Files.readAllBytes(meta.resolve("report.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String html = Files.readString(meta.resolve("report.html"));
        assertTrue(html.contains("<title>Vrijwilligers in Oost</title>"), "the title");
        assertTrue(html.contains("Gemeente &lt;Oost&gt;"), "the municipality, escaped");
        assertTrue(html.contains("Team Sociaal Domein"), "the author");
        assertTrue(html.contains("--municipality"), "the command that reproduces it");
        assertTrue(html.contains(nl.samenspel.output.BuildInfo.version()), "the version");
    }

    @Test
    void fewerThanTwoReplicationsIsBadInput() {
        Path target = tmp.resolve("bad-r");
        Result r = run("compare", "baseline", "no-coordinators", "-r", "1", "--out", target.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--replications"), r.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void unwritableOrUsedOutputFolderIsBadInputAndLeavesNoReport() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Result r = run("compare", "baseline", "no-coordinators", "--years", "1", "-r", "2", "--out", file.resolve("sub").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("cannot write"), r.err());

        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "mine");
        r = run("compare", "baseline", "no-coordinators", "--years", "1", "-r", "2", "--out", used.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertFalse(Files.exists(used.resolve("report.html")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no staging folder left behind");
        }
    }
}
