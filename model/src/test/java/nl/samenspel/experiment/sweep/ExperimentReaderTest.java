package nl.samenspel.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExperimentReaderTest {
    private static final String HEAD = """
            name: t
            scenario: baseline
            design: full-factorial
            """;

    private static String problems(String text) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ExperimentReader().read("x.yaml", text));
        return e.getMessage();
    }

    @Test
    void readsEveryField() throws ScenarioException {
        ExperimentFile e = new ExperimentReader().read("x.yaml", """
                name: t
                description: d
                scenario: yearly-funding+tender-churn
                set: {population: {residents: 800}}
                years: 2
                seed: 9
                replications: 3
                network_seeds: 2
                design: latin-hypercube
                samples: 10
                parameters:
                  funding.late_chance: {range: {low: 0.1, high: 0.5}}
                  access.mode: {values: [desk, walk_in]}
                outcomes: [reach_4w]
                """);
        assertEquals(List.of("population.residents=800"), e.set());
        assertEquals(2, e.years());
        assertEquals(9, e.seed());
        assertEquals(6, e.runsPerPoint());
        assertEquals(new LatinHypercube(10), e.design());
        assertEquals(List.of(Outcome.REACH_4W), e.outcomes());
        assertEquals(List.of("desk", "walk_in"), e.parameters().get(1).values());
    }

    @Test
    void unknownKeysAreErrorsWithLineAndNearestKey() {
        String m = problems(HEAD + "replicatoins: 3\nparameters:\n  coordinators.post: {values: [1]}\n");
        assertTrue(m.contains("x.yaml:4: 'replicatoins': unknown key (did you mean 'replications'?)"), m);
        assertTrue(m.contains("x.yaml:6: 'coordinators.post': unknown parameter (did you mean 'coordinators.posts'?)"), m);
    }

    @Test
    void rangeWithLowAboveHighIsAnError() {
        String m = problems(HEAD + "parameters:\n  wijkteam.caseload: {range: {low: 30, high: 10}, steps: 3}\n");
        assertTrue(m.contains("x.yaml:5: 'wijkteam.caseload.range': low 30 is not below high 10"), m);
    }

    @Test
    void valuesOutsideTheParameterRangeAreErrors() {
        String m = problems(HEAD + "parameters:\n  funding.late_chance: {values: [0.2, 1.5]}\n");
        assertTrue(m.contains("x.yaml:5: 'funding.late_chance.values': value 1.5 is out of range 0..1"), m);
    }

    @Test
    void malformedYamlNamesItsLine() {
        String m = problems(HEAD + "parameters:\n  coordinators.posts: {values: [1, 2\n");
        assertTrue(m.startsWith("x.yaml:"), m);
        assertTrue(m.contains("not valid YAML"), m);
    }

    @Test
    void designRulesAreChecked() {
        assertTrue(problems(HEAD + "parameters:\n  wijkteam.caseload: {range: {low: 8, high: 30}}\n").contains("needs steps"));
        assertTrue(problems("name: t\nscenario: baseline\ndesign: sobol\nparameters:\n  ties.decay: {range: {low: 0.01, high: 0.05}}\n").contains("'samples': is missing"));
        assertTrue(problems("name: t\nscenario: baseline\ndesign: sobl\n").contains("unknown design 'sobl'"));
        assertTrue(problems(HEAD + "outcomes: [reach_4]\nparameters:\n  ties.decay: {values: [0.01]}\n").contains("did you mean 'reach_4w'?"));
    }

    @Test
    void anUnknownBaseScenarioNamesTheExperimentFile() throws ScenarioException {
        ExperimentFile e = new ExperimentReader().read("x.yaml", "name: t\nscenario: baselin\ndesign: full-factorial\nparameters:\n  ties.decay: {values: [0.01]}\n");
        ScenarioException x = assertThrows(ScenarioException.class, () -> SweepPlan.of(e));
        assertTrue(x.getMessage().contains("x.yaml:2: 'scenario': no such scenario 'baselin' (did you mean 'baseline'?)"), x.getMessage());
    }

    /** Every experiment file in experiments/, found rather than listed, so a new one is covered too. */
    static Stream<String> shipped() {
        return nl.samenspel.ProjectFiles.list(nl.samenspel.ProjectFiles.root().resolve("experiments"), ".yaml").stream()
                .map(p -> p.getFileName().toString().replace(".yaml", ""));
    }

    /**
     * Every shipped experiment reads, plans, and its first and last design points run (one year,
     * with their own parameters otherwise): a smoke run, since the full sweeps take minutes to hours.
     */
    @ParameterizedTest
    @MethodSource("shipped")
    void shippedExperimentsPlanAndRun(String name) throws Exception {
        ExperimentFile e = new ExperimentReader().load(SweepFixtures.shipped(name).toString());
        SweepPlan plan = SweepPlan.of(e);
        assertEquals(plan.pointCount() * e.runsPerPoint(), plan.size());
        assertTrue(plan.size() > 0);
        for (int point : new int[] {0, plan.pointCount() - 1}) {
            nl.samenspel.model.Parameters p = plan.parameters(point);
            nl.samenspel.model.Parameters oneYear = new nl.samenspel.model.Parameters(new nl.samenspel.model.Parameters.Simulation(1, p.simulation().warmupWeeks(), p.simulation().leverStartWeek()),
                    p.population(), p.needs(), p.bystander(), p.asking(), p.access(), p.wijkteam(), p.coordinators(), p.volunteers(),
                    p.funding(), p.tender(), p.staff(), p.ties(), p.meetingPlaces());
            nl.samenspel.metrics.RunResult r = nl.samenspel.engine.Simulation.run(oneYear, plan.run(0).seeds());
            assertEquals(52, r.weeks(), name + " point " + point);
        }
    }
}
