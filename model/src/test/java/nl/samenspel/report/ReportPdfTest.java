package nl.samenspel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.samenspel.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.pdf read back with poppler: {@code pdftoppm} renders every page (each must be A4), and
 * {@code pdftotext -layout} (row by row) must hold every table cell of report.html and every assumption (its words in
 * order; a cell that wraps may have its neighbours' words between its lines).
 */
@Tag("system")
class ReportPdfTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void compare() {
        out = tmp.resolve("cmp");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "compare", "baseline", "no-coordinators", "caseload-pressure",
                "--set", "population.residents=1000", "--years", "2", "-r", "3", "-q", "--ensemble", "0", "--out", out.toString());
        assertEquals(0, code, err.toString());
    }

    static String tool(String name, String... args) throws Exception {
        Path bin = Path.of("/usr/bin", name);
        if (!Files.isExecutable(bin)) {
            String message = name + " is not installed (apt-get install poppler-utils)";
            if ("true".equals(System.getenv("CI"))) throw new AssertionError(message + " and CI=true");
            Assumptions.abort(message);
        }
        List<String> cmd = new ArrayList<>(List.of(bin.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] o = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", cmd));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ": " + new String(o, StandardCharsets.UTF_8));
        return new String(o, StandardCharsets.UTF_8);
    }

    @Test
    void everyPageIsA4() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        tool("pdftoppm", "-r", "20", "-png", out.resolve("report.pdf").toString(), pages.resolve("p").toString());
        List<Path> pngs;
        try (Stream<Path> s = Files.list(pages)) {
            pngs = s.sorted().toList();
        }
        assertTrue(pngs.size() >= 3, "pages: " + pngs.size());
        for (Path png : pngs) {
            var img = ImageIO.read(png.toFile());
            // A4 is 210 x 297 mm: at 20 dpi 165 x 234 pixels.
            assertEquals(165, img.getWidth(), 2, png + " width");
            assertEquals(234, img.getHeight(), 2, png + " height");
        }
    }

    @Test
    void everyTableCellAndEveryAssumptionIsInThePdf() throws Exception {
        String pdf = tool("pdftotext", "-layout", "-enc", "UTF-8", out.resolve("report.pdf").toString(), "-");
        List<String> pdfWords = words(pdf);
        String html = Files.readString(out.resolve("report.html"));
        Matcher cell = Pattern.compile("(?s)<t[dh][^>]*>(.*?)</t[dh]>").matcher(html);
        List<String> missing = new ArrayList<>();
        int cells = 0;
        while (cell.find()) {
            String text = ReportFixture.textOutsideCode(cell.group(1).replaceAll("</?code>", ""));
            if (text.isBlank()) continue;
            cells++;
            List<String> cellWords = words(text);
            if (!cellWords.isEmpty() && !inOrder(cellWords, pdfWords)) missing.add(text.strip());
        }
        assertTrue(cells > 100, "cells read: " + cells);
        assertTrue(missing.isEmpty(), missing.size() + " table cells not in the PDF:\n" + String.join("\n", missing));
        for (var a : nl.samenspel.scenario.ParameterDocs.baseline().assumed()) {
            // Its value, unit, meaning and source are table cells, checked above; a broken key may have its value between its pieces.
            assertTrue(inOrder(words(a.key()), pdfWords), "assumption " + a.key() + " in the PDF");
        }
    }

    /** Words, in compatibility form: the PDF's text sets ligatures (ﬁ) that the page writes as two letters. */
    static List<String> words(String s) {
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        List<String> out = new ArrayList<>();
        // pdftotext joins a word hyphenated at a line end ("formeel-" "informele"): compare without hyphens.
        // The en dash of an undefined value ("– %") is compared the same way as a hyphen.
        for (String w : s.replace("-", "").replace("\u2013", "").split("[\\s\\u00a0]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /**
     * The cell's words appear in the PDF in the same order, with at most 60 other words between two
     * of them; a word the PDF broke over lines (a long key, a closing bracket set apart) may come
     * in consecutive pieces.
     */
    static boolean inOrder(List<String> cell, List<String> pdf) {
        for (int start = 0; start < pdf.size(); start++) {
            int end = match(cell.get(0), pdf, start);
            if (end < 0) continue;
            boolean ok = true;
            for (int i = 1; i < cell.size() && ok; i++) {
                int next = -1;
                for (int j = end; j < Math.min(pdf.size(), end + 61) && next < 0; j++) next = match(cell.get(i), pdf, j);
                if (next < 0) ok = false;
                else end = next;
            }
            if (ok) return true;
        }
        return false;
    }

    /**
     * The index after the PDF words from {@code at} that spell {@code word}, or -1. A word broken
     * over two lines of its cell may have up to 40 words of the row's other cells between its pieces.
     */
    static int match(String word, List<String> pdf, int at) {
        if (at >= pdf.size() || !word.startsWith(pdf.get(at))) return -1;
        String rest = word.substring(pdf.get(at).length());
        if (rest.isEmpty()) return at + 1;
        for (int j = at + 1; j < Math.min(pdf.size(), at + 42); j++) {
            if (rest.startsWith(pdf.get(j))) {
                int end = match(rest, pdf, j);
                if (end > 0) return end;
            }
        }
        return -1;
    }
}
