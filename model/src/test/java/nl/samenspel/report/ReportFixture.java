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
 * A small comparison shared by the report tests: the default district of 5,000 residents, 3 years,
 * 8 replications, fixed seed. Smaller districts change what a cut means: coordinator posts scale
 * with residents and round (1 post for 2,000), while initiatives and their key persons are counted
 * per wijk. At session 14's fit a district of 2,000 in 2 wijken kept as many volunteers without its
 * one post as with it (18.9 against 19.4 after 3 years), where the default district loses 41 %
 * (40.6 against 69.4), as P1 says it should.
 */
final class ReportFixture {
    static final String[] SMALL = {"simulation.years=3", "simulation.warmup_weeks=26"};
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
