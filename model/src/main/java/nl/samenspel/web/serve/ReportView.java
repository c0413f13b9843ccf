package nl.samenspel.web.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.report.ComparisonFolder;

/**
 * The one place where the web app meets the report: which report of a finished comparison to show
 * and which downloads to offer. Today it shows the folder's own {@code report.html} (the template
 * {@code samenspel compare} wrote) in a sandboxed frame, and the PDF when the folder has one.
 */
public final class ReportView {
    public static final String PDF = "report.pdf";

    /** A download: the file's name and what to call it. */
    public record Download(String href, String label, String name) {}

    private final String id;
    private final List<String> files;

    public ReportView(String id, Path folder, List<String> files) {
        this.id = id;
        this.files = files;
    }

    public String reportHref() {
        return href(ComparisonFolder.REPORT);
    }

    public boolean hasPdf() {
        return files.contains(PDF);
    }

    public String pdfHref() {
        return href(PDF);
    }

    public String zipHref() {
        return href(id + ".zip");
    }

    /** Every table, the manifest and any scenario file beside the report. */
    public List<Download> tables() {
        List<Download> out = new ArrayList<>();
        for (String f : files) if (f.endsWith(".csv") || f.endsWith(".json")) out.add(new Download(href(f), f, f));
        return out;
    }

    private String href(String file) {
        return "/comparisons/" + id + "/files/" + file;
    }

    static boolean isReport(Path file) {
        return file.getFileName().toString().equals(ComparisonFolder.REPORT) && Files.isRegularFile(file);
    }
}
