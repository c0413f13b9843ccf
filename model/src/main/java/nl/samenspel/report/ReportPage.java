package nl.samenspel.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders a {@link ReportModel} with the precompiled jte template {@code report.jte} (escaping by
 * default; compiled at build time, so the jar needs no template compiler). The web app calls the
 * same method to serve the report as a page.
 */
public final class ReportPage {
    public static final String TEMPLATE = "nl/samenspel/report/report.jte";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private ReportPage() {}

    public static String html(ReportModel model) {
        StringOutput out = new StringOutput();
        ENGINE.render(TEMPLATE, model, out);
        return out.toString();
    }

    /** The engine, for a caller that renders other templates of this package (the web app's pages). */
    public static TemplateEngine engine() {
        return ENGINE;
    }
}
