package nl.samenspel.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;

/**
 * report.pdf from report.html with openhtmltopdf on PDFBox: no browser. The template writes
 * well-formed XHTML and its print stylesheet sets A4, repeated table headers and rows kept whole.
 * DejaVu Sans is embedded when the system has it (Debian: fonts-dejavu-core), for the arrows and
 * accents; otherwise the PDF's base fonts are used.
 */
public final class ReportPdf {
    static final String[] FONT_DIRS = {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"};

    private ReportPdf() {}

    /** The PDF of a page; {@code date} is its creation date, so that the same report gives the same bytes. */
    public static byte[] render(String xhtml, java.time.LocalDate date) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.usePDDocument(doc);
        b.withProducer("samenspel");
        b.useFastMode();
        for (String dir : FONT_DIRS) {
            File regular = new File(dir, "DejaVuSans.ttf");
            File bold = new File(dir, "DejaVuSans-Bold.ttf");
            if (!regular.isFile()) continue;
            b.useFont(regular, "DejaVu Sans");
            if (bold.isFile()) b.useFont(bold, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            break;
        }
        b.withHtmlContent(xhtml, null);
        try (com.openhtmltopdf.pdfboxout.PdfBoxRenderer r = b.buildPdfRenderer()) {
            r.createPDFWithoutClosing();
            java.util.Calendar when = java.util.GregorianCalendar.from(date.atStartOfDay(java.time.ZoneOffset.UTC));
            doc.getDocumentInformation().setCreationDate(when);
            doc.getDocumentInformation().setModificationDate(when);
            // PDFBox derives the file identifier from this number and the content, not from the clock.
            doc.setDocumentId(date.toEpochDay());
            doc.save(out);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }
}
