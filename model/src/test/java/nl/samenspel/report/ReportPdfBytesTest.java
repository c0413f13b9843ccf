package nl.samenspel.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The same report gives the same PDF, byte for byte: its dates and file identifier come from the report, not the clock. */
class ReportPdfBytesTest {
    @Test
    void theSamePageGivesTheSameBytes() throws Exception {
        String html = ReportFixture.html(ReportFixture.comparison(), Language.NL, null, ReportModelTest.NONE);
        byte[] a = ReportPdf.render(html, LocalDate.of(2026, 12, 1));
        Thread.sleep(1100);
        byte[] b = ReportPdf.render(html, LocalDate.of(2026, 12, 1));
        assertEquals("%PDF", new String(a, 0, 4, StandardCharsets.US_ASCII));
        assertArrayEquals(a, b);
    }
}
