package nl.samenspel.web;

/**
 * What the browser tests look for in a report: the heading of its findings. The report helper's
 * templates (issue 10) lead with a conclusion; until they are merged this is "In het kort".
 */
final class ReportFindings {
    static final String NL_HEADING = nl.samenspel.report.Language.NL.text("findings.title");

    private ReportFindings() {}
}
