package nl.samenspel.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.engine.Seeds;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.ComparisonTables;
import nl.samenspel.experiment.EnsembleRuns;
import nl.samenspel.output.BuildInfo;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.Manifest;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioResolver;

/**
 * The output folder of {@code samenspel compare}: the CSV tables, the charts, report.html and the
 * manifest, written into a hidden staging folder that is renamed into place only when complete.
 */
public final class ComparisonFolder {
    public static final String REPORT = "report.html";
    public static final String PDF = "report.pdf";
    public static final String CHARTS = "charts";

    private ComparisonFolder() {}

    /** What a report needs beyond the comparison itself. */
    public record Extras(ReportMeta meta, EnsembleRuns ensemble, CheckedPatterns checked) {}

    public static void publish(Path out, Comparison c, Language lang, List<String> command, Instant started) throws IOException {
        ReportMeta meta = new ReportMeta("", "", "", java.time.LocalDate.ofInstant(started, java.time.ZoneOffset.UTC), BuildInfo.version(), BuildInfo.gitCommit(),
                String.join(" ", command));
        publish(out, c, lang, new Extras(meta, null, CheckedPatterns.bundled()), command, started);
    }

    public static void publish(Path out, Comparison c, Language lang, Extras extras, List<String> command, Instant started) throws IOException {
        Path staged = AtomicFiles.stage(out);
        try {
            write(staged, c, lang, extras);
            manifest(c, lang, command, started, extras).writeTo(staged);
            AtomicFiles.publish(staged, out);
        } finally {
            AtomicFiles.deleteTree(staged);
        }
    }

    static void write(Path dir, Comparison c, Language lang, Extras extras) throws IOException {
        Findings findings = new Findings(c, extras.ensemble());
        AtomicFiles.write(dir.resolve(ComparisonTables.SUMMARY), ComparisonTables.summary(c, extras.ensemble() == null ? null : findings::share));
        AtomicFiles.write(dir.resolve(ComparisonTables.REPLICATIONS), ComparisonTables.replications(c));
        AtomicFiles.write(dir.resolve(ComparisonTables.WEEKLY_MEANS), ComparisonTables.weeklyMeans(c));
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        for (ChartSet chart : new ComparisonCharts(c, lang).all()) pngs.put(chart.name(), chart.writeTo(dir.resolve(CHARTS)));
        String html = ReportPage.html(new ReportModel(c, lang, extras.meta(), extras.ensemble(), extras.checked(), pngs));
        AtomicFiles.write(dir.resolve(REPORT), html);
        AtomicFiles.write(dir.resolve(PDF), ReportPdf.render(html, extras.meta().date()));
    }

    private static Map<String, Object> reportMeta(Extras extras) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", extras.meta().title());
        m.put("municipality", extras.meta().municipality());
        m.put("author", extras.meta().author());
        m.put("date", extras.meta().date().toString());
        if (extras.ensemble() != null) {
            m.put("ensemble", extras.ensemble().ensemble().source());
            m.put("ensemble_sets", extras.ensemble().sets());
            m.put("ensemble_replications", extras.ensemble().replications());
        }
        m.put("checked_patterns", new java.util.TreeSet<>(extras.checked().passed()));
        return m;
    }

    static Manifest manifest(Comparison c, Language lang, List<String> command, Instant started, Extras extras) {
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (ResolvedScenario s : c.scenarios()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("files", ScenarioResolver.fileNames(s));
            m.put("parameters", s.flatValues());
            m.put("scaled_parameters", s.scaled());
            scenarios.add(m);
        }
        List<Map<String, Object>> seeds = new ArrayList<>();
        for (int i = 0; i < c.replications(); i++) {
            Seeds s = Seeds.of(c.replicationSeed(i));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("replication", i + 1);
            m.put("behaviour", s.behaviour());
            m.put("network", s.network());
            seeds.add(m);
        }
        return new Manifest()
                .put("kind", "compare")
                .put("command", command)
                .put("reference", c.reference().name())
                .put("seed", c.seed())
                .put("replications", c.replications())
                .put("years", c.years())
                .put("language", lang.code())
                .put("common_random_numbers", "replication i of every scenario runs on Seeds.of(Seeds.derive(seed, i))")
                .put("replication_seeds", seeds)
                .put("scenarios", scenarios)
                .put("report", reportMeta(extras))
                .put("started", started.toString())
                .put("finished", Instant.now().toString());
    }
}
