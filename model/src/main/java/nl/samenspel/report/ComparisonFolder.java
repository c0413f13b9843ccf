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
    public static final String CHARTS = "charts";

    private ComparisonFolder() {}

    public static void publish(Path out, Comparison c, Language lang, List<String> command, Instant started) throws IOException {
        Path staged = AtomicFiles.stage(out);
        try {
            write(staged, c, lang);
            manifest(c, lang, command, started).writeTo(staged);
            AtomicFiles.publish(staged, out);
        } finally {
            AtomicFiles.deleteTree(staged);
        }
    }

    static void write(Path dir, Comparison c, Language lang) throws IOException {
        AtomicFiles.write(dir.resolve(ComparisonTables.SUMMARY), ComparisonTables.summary(c));
        AtomicFiles.write(dir.resolve(ComparisonTables.REPLICATIONS), ComparisonTables.replications(c));
        AtomicFiles.write(dir.resolve(ComparisonTables.WEEKLY_MEANS), ComparisonTables.weeklyMeans(c));
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        for (ChartSet chart : new ComparisonCharts(c, lang).all()) pngs.put(chart.name(), chart.writeTo(dir.resolve(CHARTS)));
        AtomicFiles.write(dir.resolve(REPORT), new ReportPage(c, lang, pngs).html());
    }

    static Manifest manifest(Comparison c, Language lang, List<String> command, Instant started) {
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
                .put("started", started.toString())
                .put("finished", Instant.now().toString());
    }
}
