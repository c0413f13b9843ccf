package nl.samenspel.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.TestWorlds;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.Ensemble;
import nl.samenspel.experiment.EnsembleRuns;
import nl.samenspel.experiment.ReplicationRunner;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.scenario.ResolvedScenario;

/**
 * A small comparison shared by the report tests: 2,000 residents, 3 years, 8 replications, fixed
 * seed. Two wijken of 1,000, near the default district's 1,250: initiatives and their key persons
 * are counted per wijk, so with the default 4 wijken a district of 2,000 has as many key persons as
 * one of 5,000 and, at session 13's fit, their 18 hours kept as many volunteers without a
 * coordinator as its one post of 14 hours did with one (20.4 against 21.9; with 2 wijken 8.9
 * against 20.1, as in the default district).
 */
final class ReportFixture {
    static final String[] SMALL = {"population.residents=2000", "population.wijken_per_district=2", "simulation.years=3", "simulation.warmup_weeks=26"};
    private static Comparison comparison;
    private static EnsembleRuns ensemble;

    private ReportFixture() {}

    static synchronized Comparison comparison() {
        if (comparison == null) {
            List<ResolvedScenario> s = new ArrayList<>();
            for (String name : List.of("baseline", "no-coordinators", "caseload-pressure", "tender-churn")) s.add(TestWorlds.scenario(name, SMALL));
            comparison = Comparison.run(s, 8, 7, 2, n -> {});
        }
        return comparison;
    }

    static synchronized EnsembleRuns ensemble() {
        if (ensemble == null) ensemble = EnsembleRuns.run(comparison().scenarios(), Ensemble.parse(resource("ensemble.csv"), "fixtures/ensemble.csv"), 2, 7, 2, n -> {});
        return ensemble;
    }

    /** The same comparison with two scenarios' results swapped (their names stay where they were). */
    static Comparison swapped(int a, int b) {
        Comparison c = comparison();
        RunResult[][] r = c.runs().results().clone();
        RunResult[] t = r[a];
        r[a] = r[b];
        r[b] = t;
        return new Comparison(c.scenarios(), c.seed(), new ReplicationRunner.Replications(r, c.runs().seeds()));
    }

    static String resource(String name) {
        try (InputStream in = ReportFixture.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static ReportMeta meta() {
        return new ReportMeta("", "Oost", "Team", java.time.LocalDate.of(2026, 12, 1), "test", "abc", "samenspel compare baseline no-coordinators");
    }

    static String html(Comparison c, Language lang, EnsembleRuns e, CheckedPatterns checked) {
        return ReportPage.html(new ReportModel(c, lang, meta(), e, checked, Map.of()));
    }

    /** The report's running text: without markup, styles and anything inside code. */
    static String textOutsideCode(String html) {
        String s = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<code>.*?</code>", " ").replaceAll("(?s)<[^>]*>", " ");
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
