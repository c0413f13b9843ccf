package nl.samenspel.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.experiment.stats.PairedDifference;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.output.BuildInfo;
import nl.samenspel.scenario.ParameterDocs;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioFile;
import nl.samenspel.scenario.Setting;

/**
 * report.html: one self-contained page (charts embedded as PNG, no scripts, no network) for a
 * policy adviser to hand on: the verdicts first, then a chart pair per headline outcome, then
 * what each scenario changes, the assumptions behind it and the source lines it rests on.
 */
final class ReportPage {
    private static final String CSS = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:#222;max-width:1180px;margin:2em auto;padding:0 1.5em;line-height:1.45}
            h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:2px solid #ddd;padding-bottom:.2em}
            .lead{color:#555;margin-top:0}.note{background:#f5f7fa;border-left:4px solid #0072b2;padding:.6em 1em}
            table{border-collapse:collapse;margin:1em 0;font-size:.92em}th,td{border:1px solid #ccc;padding:.35em .6em;vertical-align:top;text-align:left}
            th{background:#f0f0f0}td.num{text-align:right}.ci{color:#666;font-size:.88em}.val{white-space:nowrap;font-size:1.1em}
            table.summary{width:100%;table-layout:fixed;font-size:.85em}table.summary th:first-child{width:13%}table.summary td.num span{display:block}
            .better{color:#006d4f;font-weight:bold}.worse{color:#b03a00;font-weight:bold}.none{color:#777}
            .charts{display:flex;flex-wrap:wrap;gap:1em}.charts figure{margin:0;flex:1 1 520px}.charts img{width:100%;height:auto;border:1px solid #eee}
            figcaption{font-size:.85em;color:#555}code{background:#f3f3f3;padding:0 .25em}details{margin:1em 0}
            .swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;vertical-align:-.1em}
            """;

    private final Comparison c;
    private final Language lang;
    private final Map<String, byte[]> pngs;
    private final ScenarioNames names;
    private final ParameterDocs baselineDocs = ParameterDocs.baseline();

    ReportPage(Comparison c, Language lang, Map<String, byte[]> pngs) {
        this.c = c;
        this.lang = lang;
        this.pngs = pngs;
        this.names = new ScenarioNames(c.scenarios(), lang);
    }

    String html() {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .el("title", lang.text("report.title"))
                .raw("<style>" + CSS + "</style>\n</head>\n<body>\n");
        header(h);
        keyFindings(h);
        summaryTable(h);
        definitions(h);
        for (Outcome o : Outcome.HEADLINE) outcomeSection(h, o);
        scenarios(h);
        assumptions(h);
        method(h);
        h.raw("</body>\n</html>\n");
        return h.toString();
    }

    private void header(Html h) {
        h.el("h1", lang.text("report.title"));
        List<String> others = new ArrayList<>();
        for (int k = 1; k < c.scenarios().size(); k++) others.add(names.title(k));
        h.el("p", "class=\"lead\"", others.isEmpty() ? names.title(0)
                : lang.text("report.lead", String.join(", ", others), names.title(0)));
        h.el("p", "class=\"note\"", lang.text("report.intro", c.replications(), c.years()));
        h.el("p", lang.text("report.how_to_read"));
    }

    /** Per scenario, the headline outcomes whose difference from the reference is clear. */
    private void keyFindings(Html h) {
        if (c.scenarios().size() < 2) return;
        h.el("h2", lang.text("findings.title"));
        h.raw("<ul>\n");
        KeyFindings.of(c, lang).forEach((title, clear) -> h.raw("<li><b>").text(title).raw("</b>: ")
                .text(clear.isEmpty() ? lang.text("findings.none") : String.join("; ", clear)).raw("</li>\n"));
        h.raw("</ul>\n");
    }

    private void summaryTable(Html h) {
        h.el("h2", lang.text("summary.title"));
        h.raw("<table class=\"summary\">\n<tr>").el("th", lang.text("summary.outcome"));
        for (int k = 0; k < c.scenarios().size(); k++) {
            h.raw("<th><span class=\"swatch\" style=\"background:" + css(ComparisonCharts.colour(k)) + "\"></span>")
                    .text(names.title(k) + (k == 0 ? " (" + lang.text("summary.reference") + ")" : "")).raw("</th>");
        }
        h.raw("</tr>\n");
        for (Outcome o : Outcome.HEADLINE) {
            OutcomeView v = new OutcomeView(o, lang);
            h.raw("<tr>").el("td", v.label());
            for (int k = 0; k < c.scenarios().size(); k++) {
                Interval m = c.mean(k, o);
                h.raw("<td class=\"num\"><span class=\"val\">").text(v.value(m.mean())).raw("</span><span class=\"ci\">").text("(" + v.interval(m) + ")").raw("</span>");
                if (k > 0) {
                    PairedDifference d = c.difference(k, o);
                    String cls = !d.significant() ? "none" : v.better(d.difference().mean()) ? "better" : "worse";
                    h.el("span", "class=\"" + cls + "\"", v.verdict(d.difference(), c.mean(0, o).mean()));
                }
                h.raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</table>\n");
        h.el("p", "class=\"ci\"", lang.text("summary.legend", c.replications()));
    }

    private void definitions(Html h) {
        h.el("h2", lang.text("definitions.title"));
        h.raw("<table>\n<tr>").el("th", lang.text("summary.outcome")).el("th", lang.text("definitions.what")).el("th", lang.text("definitions.column")).raw("</tr>\n");
        for (Outcome o : Outcome.HEADLINE) {
            OutcomeView v = new OutcomeView(o, lang);
            h.raw("<tr>").el("td", v.label()).el("td", v.definition()).raw("<td><code>").text(o.column).raw("</code></td></tr>\n");
        }
        h.raw("</table>\n");
    }

    private void outcomeSection(Html h, Outcome o) {
        OutcomeView v = new OutcomeView(o, lang);
        h.el("h2", v.label());
        h.el("p", v.definition());
        h.raw("<div class=\"charts\">\n");
        figure(h, ComparisonCharts.overTimeName(o), lang.text("chart.over_time", v.label()), lang.text("figure.over_time"));
        if (c.scenarios().size() > 1) figure(h, ComparisonCharts.differencesName(o), lang.text("chart.difference", v.label(), names.title(0)), lang.text("figure.difference"));
        h.raw("</div>\n");
    }

    private void figure(Html h, String name, String alt, String caption) {
        byte[] png = pngs.get(name);
        if (png == null) return;
        h.raw("<figure><img alt=\"" + Html.esc(alt) + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\">")
                .el("figcaption", caption + " " + lang.text("figure.files", "charts/" + name + ".png", "charts/" + name + ".svg"))
                .raw("</figure>\n");
    }

    private void scenarios(Html h) {
        h.el("h2", lang.text("scenarios.title"));
        for (int k = 0; k < c.scenarios().size(); k++) {
            ResolvedScenario s = c.scenarios().get(k);
            h.raw("<h3><span class=\"swatch\" style=\"background:" + css(ComparisonCharts.colour(k)) + "\"></span>").text(names.title(k))
                    .raw(" <code>").text(s.name()).raw("</code></h3>\n");
            List<ScenarioFile> own = s.chain().stream().filter(f -> !"baseline".equals(f.name())).toList();
            for (ScenarioFile f : own.isEmpty() ? s.chain() : own) h.el("p", f.description(lang.code()));
            changes(h, s);
            List<String> sources = s.sources();
            h.raw("<p><b>").text(lang.text("scenarios.sources")).raw("</b> ")
                    .text(sources.isEmpty() ? lang.text("scenarios.no_sources") : String.join(", ", sources)).raw("</p>\n");
        }
        h.el("p", "class=\"ci\"", lang.text("scenarios.seed_legend"));
    }

    private void changes(Html h, ResolvedScenario s) {
        List<Setting> changes = s.changes();
        if (changes.isEmpty()) {
            h.el("p", lang.text("scenarios.no_changes"));
            return;
        }
        h.raw("<table>\n<tr>").el("th", lang.text("scenarios.parameter")).el("th", lang.text("scenarios.value")).el("th", lang.text("scenarios.baseline_value"))
                .el("th", lang.text("scenarios.meaning")).el("th", lang.text("scenarios.source")).el("th", lang.text("scenarios.where")).raw("</tr>\n");
        for (Setting ch : changes) {
            ParameterDocs.Entry here = ParameterDocs.ofFile(ch.file()).map(d -> d.entry(ch.key())).orElse(null);
            ParameterDocs.Entry base = baselineDocs.entry(ch.key());
            boolean commandLine = ch.file().equals("--set");
            String source = commandLine ? "" : here != null && !here.source().isEmpty() ? here.source() : base != null ? base.source() : "";
            boolean assumed = source.toLowerCase(java.util.Locale.ROOT).contains("assumed");
            h.raw("<tr><td><code>").text(ch.key()).raw("</code></td>").el("td", "class=\"num\"", String.valueOf(ch.value()))
                    .el("td", "class=\"num\"", baselineValue(s, ch.key()).map(String::valueOf).orElse("–"))
                    .el("td", base != null ? base.meaning() + (here != null && !here.meaning().isEmpty() ? " — " + here.meaning() : "") : "")
                    .el("td", assumed ? "class=\"worse\"" : "", source.isEmpty() ? lang.text("scenarios.command_line") : source)
                    .el("td", ch.origin()).raw("</tr>\n");
        }
        h.raw("</table>\n");
        relatedAssumptions(h, s, changes);
    }

    /**
     * The assumed numbers of the model parts a scenario changes (the same section of
     * baseline.yaml, e.g. all funding.* for funding.contract): the change sets them in motion, so
     * its outcome rests on them too.
     */
    private void relatedAssumptions(Html h, ResolvedScenario s, List<Setting> changes) {
        java.util.Set<String> sections = new java.util.LinkedHashSet<>();
        java.util.Set<String> changed = new java.util.HashSet<>();
        for (Setting ch : changes) {
            changed.add(ch.key());
            if (!ch.key().startsWith("simulation.")) sections.add(ch.key().substring(0, ch.key().indexOf('.') + 1));
        }
        List<String> items = new ArrayList<>();
        for (ParameterDocs.Entry e : baselineDocs.assumed()) {
            if (changed.contains(e.key()) || sections.stream().noneMatch(e.key()::startsWith)) continue;
            Setting v = s.values().get(e.key());
            items.add(e.key() + " = " + (v == null ? e.value() : v.value()) + " (" + e.meaning() + "; " + e.source() + ")");
        }
        if (items.isEmpty()) return;
        h.raw("<details><summary>").text(lang.text("scenarios.related_assumptions", items.size())).raw("</summary>\n<ul>\n");
        for (String item : items) h.el("li", item);
        h.raw("</ul>\n</details>\n");
    }

    private static Optional<Object> baselineValue(ResolvedScenario s, String key) {
        for (ScenarioFile f : s.chain()) {
            if (!"baseline".equals(f.name())) continue;
            for (Setting b : f.settings()) if (b.key().equals(key)) return Optional.of(b.value());
        }
        return Optional.empty();
    }

    private void assumptions(Html h) {
        h.el("h2", lang.text("assumptions.title"));
        h.el("p", lang.text("assumptions.intro"));
        List<ParameterDocs.Entry> assumed = baselineDocs.assumed();
        h.raw("<details><summary>").text(lang.text("assumptions.summary", assumed.size(), baselineDocs.entries().size())).raw("</summary>\n<table>\n<tr>")
                .el("th", lang.text("scenarios.parameter")).el("th", lang.text("scenarios.value")).el("th", lang.text("assumptions.unit"))
                .el("th", lang.text("scenarios.meaning")).el("th", lang.text("scenarios.source")).raw("</tr>\n");
        ResolvedScenario ref = c.reference();
        for (ParameterDocs.Entry d : assumed) {
            Setting v = ref.values().get(d.key());
            h.raw("<tr><td><code>").text(d.key()).raw("</code></td>").el("td", "class=\"num\"", v == null ? "" : String.valueOf(v.value()))
                    .el("td", d.unit()).el("td", d.meaning()).el("td", d.source() + " (baseline.yaml:" + d.line() + ")").raw("</tr>\n");
        }
        h.raw("</table>\n</details>\n");
    }

    private void method(Html h) {
        h.el("h2", lang.text("method.title"));
        h.el("p", lang.text("method.text", c.replications(), c.seed()));
        h.el("p", lang.text("method.files"));
        h.el("p", "class=\"ci\"", "samenspel " + BuildInfo.version() + " (" + BuildInfo.gitCommit() + ")");
    }

    private static String css(java.awt.Color col) {
        return String.format("#%02x%02x%02x", col.getRed(), col.getGreen(), col.getBlue());
    }
}
