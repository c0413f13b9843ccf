package nl.samenspel.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.EnsembleRuns;
import nl.samenspel.experiment.discovery.Prim;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.scenario.ParameterDocs;
import nl.samenspel.scenario.ParameterTexts;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioFile;
import nl.samenspel.scenario.Setting;

/**
 * Everything the report template ({@code report.jte}) shows, as ready-made text in the report's
 * language: the first page (conclusion, rankings, findings, what each scenario changes), costs,
 * the summary table, charts, the parameters behind each scenario and the assumptions. The web app
 * renders the same model into a page; {@code compare} into report.html and report.pdf.
 */
public final class ReportModel {
    public record Ranked(int place, int colour, String scenario, String value, String mark) {}

    public record Ranking(String outcome, String direction, List<Ranked> places) {}

    public record ScenarioLine(int colour, String title, Rich text, List<Rich> boxes) {}

    public record Cell(String value, String interval, String arrow, String verdict, String kind) {}

    public record Row(String outcome, List<Cell> cells) {}

    public record Definition(String outcome, String what, String column) {}

    public record CostRow(int colour, String scenario, String professionals, String coordinators, String euros, String perNeed, String difference) {}

    public record Figure(String dataUri, String alt, Rich caption) {}

    public record Section(String title, String definition, List<Figure> figures) {}

    public record Param(String key, String value, String baseline, String meaning, Rich source, boolean assumed, String where) {}

    public record ScenarioDetail(int colour, String title, String name, String description, List<Param> changes, String sources) {}

    public record Assumption(String key, String value, String unit, String meaning, Rich source) {}

    private final Language lang;
    private final ReportMeta meta;
    private final Comparison c;
    private final ScenarioNames names;
    private final Findings findings;
    private final CheckedPatterns checked;
    private final Map<String, byte[]> pngs;
    private final ParameterDocs docs = ParameterDocs.baseline();
    private final ParameterTexts texts = ParameterTexts.get();

    public ReportModel(Comparison c, Language lang, ReportMeta meta, EnsembleRuns ensemble, CheckedPatterns checked, Map<String, byte[]> pngs) {
        this.c = c;
        this.lang = lang;
        this.meta = meta;
        this.names = new ScenarioNames(c.scenarios(), lang);
        this.findings = new Findings(c, ensemble, checked);
        this.checked = checked;
        this.pngs = pngs;
    }

    /** A label of the report's language. */
    public String t(String key, Object... args) {
        return lang.text(key, args);
    }

    /** A label whose backticked parts are code. */
    public Rich rich(String key, Object... args) {
        return Rich.of(lang.text(key, args));
    }

    public String lang() {
        return lang.code();
    }

    public ReportMeta meta() {
        return meta;
    }

    public String date() {
        return meta.date(lang);
    }

    public String title() {
        return meta.title() == null || meta.title().isBlank() ? lang.text("report.title") : meta.title();
    }

    public int replications() {
        return c.replications();
    }

    public int years() {
        return c.years();
    }

    public String reference() {
        return names.title(0);
    }

    public List<Rich> conclusion() {
        return Conclusion.of(names, findings, lang, c.scenarios().size(), checked, scenarioFiles());
    }

    private List<String> scenarioFiles() {
        List<String> out = new ArrayList<>();
        for (ResolvedScenario s : c.scenarios()) out.add(s.chain().isEmpty() ? s.name() : s.top().name());
        return out;
    }

    /** Per headline outcome, the scenarios from best to worst at the end of the horizon (no composite score). */
    public List<Ranking> rankings() {
        List<Ranking> out = new ArrayList<>();
        for (Outcome o : Outcome.HEADLINE) {
            OutcomeView v = new OutcomeView(o, lang);
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < c.scenarios().size(); k++) order.add(k);
            Comparator<Integer> byMean = Comparator.comparingDouble(k -> c.mean(k, o).mean());
            order.sort(OutcomeView.lessIsBetter(o) ? byMean : byMean.reversed());
            List<Ranked> places = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                int k = order.get(i);
                String mark = "";
                if (k == 0) mark = lang.text("summary.reference");
                else {
                    Effect e = findings.effect(k, o, findings.horizon());
                    mark = e.clear() ? v.arrow(e) : lang.text(e.status() == Effect.Status.NEGLIGIBLE ? "rank.negligible" : "rank.unclear");
                }
                places.add(new Ranked(i + 1, k, names.title(k), v.value(c.mean(k, o).mean()), mark));
            }
            out.add(new Ranking(v.label(), lang.text(OutcomeView.lessIsBetter(o) ? "rank.less_better" : "rank.more_better"), places));
        }
        return out;
    }

    /** Per scenario one sentence: its two or three largest effects, each with time frame, check and robustness. */
    public List<ScenarioLine> findings() {
        List<ScenarioLine> out = new ArrayList<>();
        List<String> files = scenarioFiles();
        for (int k = 1; k < c.scenarios().size(); k++) {
            List<Findings.Finding> top = findings.top(k);
            List<String> parts = new ArrayList<>();
            List<Rich> boxes = new ArrayList<>();
            for (Findings.Finding f : top) {
                Effect e = f.effect();
                String pattern = findings.checkedBy(k, e);
                Double share = pattern == null ? null : findings.ensembleShare(pattern);
                String basis = pattern == null ? lang.text("finding.extrapolated")
                        : share == null ? lang.text("finding.checked", pattern)
                        : lang.text("finding.checked.share", pattern, lang.number(100 * share, 0));
                String robust = f.robustnessKnown() ? "; " + lang.text("finding.robust", lang.number(f.holdsIn(), 0), lang.number(f.sets(), 0)) : "";
                parts.add(e.frame().phrase(lang) + " " + new OutcomeView(e.outcome(), lang).verdict(e, findings.total(e.outcome(), e.frame()))
                        + " [" + basis + robust + "]");
                if (f.box() != null) boxes.add(boxInWords(f));
            }
            String text = top.isEmpty() ? lang.text("finding.none", names.title(0)) : String.join("; ", parts) + ".";
            out.add(new ScenarioLine(k, names.title(k), Rich.text(capitalise(text)), boxes));
        }
        return out;
    }

    /** A restriction of a box is named when its quasi-p value is at most this (the EMA Workbench's usual threshold). */
    static final double QUASI_P = 0.05;

    /**
     * The PRIM box of the sets where a finding fails, in words, with coverage and density. Peeling
     * trims a little off many inputs, and a list of a dozen near-full ranges tells a reader
     * nothing: only the restrictions that matter on their own are named (quasi-p at most
     * {@link #QUASI_P}; the one that matters most if none does), and coverage and density are
     * those of the box they alone describe, so that the sentence is true as it reads.
     */
    Rich boxInWords(Findings.Finding f) {
        Prim.Box full = f.box().chosen().box();
        List<String> keys = findings.numericKeys();
        double[][] x = findings.inputs();
        double[] qp = Prim.quasiP(x, f.fails(), full);
        int strongest = -1;
        for (int d = 0; d < keys.size(); d++) if (!Double.isNaN(qp[d]) && (strongest < 0 || qp[d] < qp[strongest])) strongest = d;
        boolean[] keep = new boolean[keys.size()];
        for (int d = 0; d < keys.size(); d++) keep[d] = !Double.isNaN(qp[d]) && (qp[d] <= QUASI_P || d == strongest);
        Prim.Step s = Prim.restrictedTo(x, f.fails(), full, keep);
        List<String> conditions = new ArrayList<>();
        for (int d = 0; d < keys.size(); d++) {
            if (!keep[d]) continue;
            boolean lowCut = Prim.cutsLow(x, s.box(), d);
            boolean highCut = Prim.cutsHigh(x, s.box(), d);
            String key = keys.get(d);
            String meaning = texts.meaning(key, lang.code());
            String what = (meaning.isEmpty() ? "" : meaning + " ") + Rich.code(key);
            String lo = number(s.box().low()[d]);
            String hi = number(s.box().high()[d]);
            conditions.add(lowCut && highCut ? lang.text("box.between", what, lo, hi) : lowCut ? lang.text("box.above", what, lo) : lang.text("box.below", what, hi));
        }
        int fails = f.sets() - f.holdsIn();
        return Rich.of(lang.text("box.text", lang.number(fails, 0), lang.number(f.sets(), 0), String.join(" " + lang.text("and") + " ", conditions),
                lang.number(100 * s.coverage(), 0), lang.number(100 * s.density(), 0)));
    }

    private String number(double v) {
        double a = Math.abs(v);
        int d = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        return lang.number(v, d);
    }

    /** What each scenario changes, in plain words: its own description and when its lever starts. */
    public List<ScenarioLine> changes() {
        List<ScenarioLine> out = new ArrayList<>();
        for (int k = 1; k < c.scenarios().size(); k++) {
            ResolvedScenario s = c.scenarios().get(k);
            List<String> parts = new ArrayList<>();
            for (ScenarioFile f : s.chain()) if (!"baseline".equals(f.name())) parts.add(f.description(lang.code()));
            int start = LeverStart.week(s);
            String when = lang.text("changes.start", lang.number(start + 1, 0), lang.number(start / 52.0, 1));
            out.add(new ScenarioLine(k, names.title(k), Rich.text(String.join(" ", parts) + " " + when), List.of()));
        }
        return out;
    }

    /** Warnings about the town itself: staff that do not scale with residents. */
    public List<Rich> warnings() {
        return StaffCheck.warnings(c.scenarios(), docs, lang, names);
    }

    public List<String> scenarioTitles() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < c.scenarios().size(); k++) out.add(names.title(k) + (k == 0 ? " (" + lang.text("summary.reference") + ")" : ""));
        return out;
    }

    public List<Row> summary() {
        List<Row> out = new ArrayList<>();
        for (Outcome o : Outcome.HEADLINE) {
            OutcomeView v = new OutcomeView(o, lang);
            List<Cell> cells = new ArrayList<>();
            for (int k = 0; k < c.scenarios().size(); k++) {
                Interval m = c.mean(k, o);
                if (k == 0) {
                    cells.add(new Cell(v.value(m.mean()), "(" + v.interval(m) + ")", "", "", "ref"));
                    continue;
                }
                Effect e = findings.effect(k, o, findings.horizon());
                String kind = e.clear() ? (e.better() ? "better" : "worse") : "none";
                cells.add(new Cell(v.value(m.mean()), "(" + v.interval(m) + ")", v.arrow(e), v.verdict(e, findings.total(o, findings.horizon())), kind));
            }
            out.add(new Row(v.label(), cells));
        }
        return out;
    }

    public List<Definition> definitions() {
        List<Definition> out = new ArrayList<>();
        Relevance r = findings.relevance();
        for (Outcome o : Outcome.HEADLINE) {
            OutcomeView v = new OutcomeView(o, lang);
            double t = r.setting(o);
            String threshold = v.share() ? lang.number(100 * t, 1) + "\u00a0" + lang.text("unit.points") : lang.number(100 * t, 0) + "\u00a0% " + lang.text("relevance.of_reference");
            out.add(new Definition(v.label(), v.definition() + " " + lang.text("relevance.text", threshold), o.column));
        }
        return out;
    }

    public List<CostRow> costs() {
        Costs cost = Costs.of(c);
        List<CostRow> out = new ArrayList<>();
        for (int k = 0; k < c.scenarios().size(); k++) {
            String diff = "";
            if (k > 0) {
                Interval d = cost.eurosDifference(k);
                diff = cost.clearCost(k) ? euro(d.mean(), true) + " (" + euro(d.low(), true) + " " + lang.text("to") + " " + euro(d.high(), true) + ")" : lang.text("verdict.none");
            }
            out.add(new CostRow(k, names.title(k), lang.number(cost.professionalsFte()[k], 1), lang.number(cost.coordinatorsFte()[k], 1),
                    euro(cost.euros(k).mean(), false), euro(cost.perAnswered(k), false), diff));
        }
        return out;
    }

    /** The trade-off in words, only where both the cost and the unanswered needs differ clearly. */
    public List<String> tradeoffs() {
        Costs cost = Costs.of(c);
        List<String> out = new ArrayList<>();
        for (int k = 1; k < c.scenarios().size(); k++) {
            Effect e = findings.effect(k, Outcome.NEEDS_UNANSWERED, findings.horizon());
            if (!cost.clearCost(k) || !e.clear()) continue;
            double eur = cost.eurosDifference(k).mean();
            double needs = e.difference().mean();
            String key = eur < 0 && needs > 0 ? "tradeoff.saves_worse" : eur > 0 && needs < 0 ? "tradeoff.costs_better" : eur < 0 ? "tradeoff.saves_better" : "tradeoff.costs_worse";
            out.add(lang.text(key, names.title(k), euro(Math.abs(eur), false), lang.number(Math.abs(needs), 0), euro(Math.abs(eur / needs), false)));
        }
        return out;
    }

    public List<Rich> costNotes() {
        List<Rich> out = new ArrayList<>();
        ResolvedScenario ref = c.reference();
        out.add(rich("costs.note", number(Relevance.number(ref, docs, "costs.hours_per_fte", 36)),
                euro(Relevance.number(ref, docs, "costs.professional_hourly_eur", 0), false), euro(Relevance.number(ref, docs, "costs.coordinator_hourly_eur", 0), false)));
        return out;
    }

    private String euro(double v, boolean signed) {
        if (Double.isNaN(v)) return "\u2013";
        return "\u20ac\u00a0" + (signed ? lang.signed(v, 0) : lang.number(v, 0));
    }

    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        for (Outcome o : Outcome.HEADLINE) {
            OutcomeView v = new OutcomeView(o, lang);
            List<Figure> figs = new ArrayList<>();
            figure(figs, ComparisonCharts.overTimeName(o), lang.text("chart.over_time", v.label()), lang.text("figure.over_time"));
            if (c.scenarios().size() > 1) figure(figs, ComparisonCharts.differencesName(o), lang.text("chart.difference", v.label(), names.title(0)), lang.text("figure.difference"));
            out.add(new Section(v.label(), v.definition(), figs));
        }
        return out;
    }

    private void figure(List<Figure> figs, String name, String alt, String caption) {
        byte[] png = pngs.get(name);
        if (png == null) return;
        figs.add(new Figure("data:image/png;base64," + Base64.getEncoder().encodeToString(png), alt,
                Rich.of(caption + " " + lang.text("figure.files", Rich.code("charts/" + name + ".png"), Rich.code("charts/" + name + ".svg")))));
    }

    public List<ScenarioDetail> scenarios() {
        List<ScenarioDetail> out = new ArrayList<>();
        for (int k = 0; k < c.scenarios().size(); k++) {
            ResolvedScenario s = c.scenarios().get(k);
            List<ScenarioFile> own = s.chain().stream().filter(f -> !"baseline".equals(f.name())).toList();
            List<String> desc = new ArrayList<>();
            for (ScenarioFile f : own.isEmpty() ? s.chain() : own) desc.add(f.description(lang.code()));
            List<Param> params = new ArrayList<>();
            for (Setting ch : s.changes()) params.add(param(s, ch));
            List<String> sources = s.sources();
            out.add(new ScenarioDetail(k, names.title(k), s.name(), String.join(" ", desc), params,
                    sources.isEmpty() ? lang.text("scenarios.no_sources") : String.join(", ", sources)));
        }
        return out;
    }

    private Param param(ResolvedScenario s, Setting ch) {
        ParameterDocs.Entry here = ParameterDocs.ofFile(ch.file()).map(d -> d.entry(ch.key())).orElse(null);
        ParameterDocs.Entry base = docs.entry(ch.key());
        boolean commandLine = ch.file().equals("--set");
        String source = commandLine ? "" : here != null && !here.source().isEmpty() ? here.source() : base != null ? base.source() : "";
        boolean assumed = source.toLowerCase(Locale.ROOT).contains("assumed");
        return new Param(ch.key(), String.valueOf(ch.value()), base == null ? "\u2013" : base.value(), texts.meaning(ch.key(), lang.code()),
                source.isEmpty() ? Rich.text(lang.text("scenarios.command_line")) : Rich.of(texts.source(ch.key(), source, lang.code())), assumed, ch.origin());
    }

    public List<Assumption> assumptions() {
        List<Assumption> out = new ArrayList<>();
        ResolvedScenario ref = c.reference();
        for (ParameterDocs.Entry d : docs.assumed()) {
            Setting v = ref.values().get(d.key());
            out.add(new Assumption(d.key(), v == null ? d.value() : String.valueOf(v.value()), texts.unit(d.key(), lang.code()),
                    texts.meaning(d.key(), lang.code()), Rich.of(texts.source(d.key(), d.source(), lang.code()) + " (" + Rich.code("scenarios/baseline.yaml:" + d.line()) + ")")));
        }
        return out;
    }

    public int parameterCount() {
        return docs.entries().size();
    }

    public long seed() {
        return c.seed();
    }

    public boolean ensembleRan() {
        return findings.ensemble() != null;
    }

    public int ensembleSets() {
        return findings.ensemble() == null ? 0 : findings.ensemble().sets();
    }

    public int ensembleReplications() {
        return findings.ensemble() == null ? 0 : findings.ensemble().replications();
    }

    /** The first letter upper case: sentences that start with a time frame. */
    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
