package nl.samenspel.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.TestWorlds;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.output.RunTables;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 6: "Every lever gets a start week (default: the first reported week) and the
 * warm-up always runs as the reference, so every scenario equals the reference until its lever
 * starts." Each shipped lever scenario, started half a year into the horizon, gives weekly rows
 * byte-identical to the baseline's on the same seed before that week.
 */
class LeverStartTest {
    private static final int START = 26;
    private static final String[] RUN = {"population.residents=1500", "simulation.years=1", "simulation.lever_start_week=" + START};

    static Stream<String> levers() {
        return ScenarioCatalog.scenarios().names().stream().filter(n -> !n.equals("baseline") && !n.equals("city"));
    }

    private static List<String> rows(ResolvedScenario s, long seed) {
        RunResult r = Simulation.run(s.parameters(), s.reference(), Seeds.of(seed), w -> {});
        assertEquals(START, r.leverStartWeek(), "the run result carries the start week for the charts");
        return RunTables.weekly(r).lines().toList();
    }

    @ParameterizedTest
    @MethodSource("levers")
    void aScenarioEqualsTheReferenceUntilItsLeverStarts(String lever) {
        List<String> reference = rows(TestWorlds.scenario("baseline", RUN), 4);
        List<String> scenario = rows(TestWorlds.scenario(lever, RUN), 4);
        assertEquals(reference.size(), scenario.size());
        // Row 0 is the header; row 1 + w is reported week w.
        assertEquals(reference.subList(0, 1 + START), scenario.subList(0, 1 + START), lever + " before week " + START);
    }

    /** Levers that act at once do so from the start week (a tender comes only years later, so it is not among them). */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"no-coordinators", "caseload-pressure", "meeting-places-closed", "walk-in-access", "yearly-funding"})
    void andDiffersFromItsStartWeek(String lever) {
        // The default district: in a small one a week may pass without anyone asking the wijkteam, so walk-in access has nobody to act on.
        String[] run = {"simulation.years=1", "simulation.lever_start_week=" + START};
        List<String> reference = rows(TestWorlds.scenario("baseline", run), 4);
        List<String> scenario = rows(TestWorlds.scenario(lever, run), 4);
        assertNotEquals(reference.get(1 + START), scenario.get(1 + START), lever + " acts in week " + START);
    }

    /** Calendar (step 1) makes the structural change in the start week: two professional posts go in caseload-pressure. */
    @Test
    void structuralChangesHappenInTheStartWeek() {
        ResolvedScenario s = TestWorlds.scenario("caseload-pressure", "simulation.years=1", "simulation.lever_start_week=" + START);
        assertEquals(5, s.reference().wijkteam().professionals());
        RunResult r = Simulation.run(s.parameters(), s.reference(), Seeds.of(4), w -> {});
        assertTrue(r.weekly(START - 1, Outcome.PROFESSIONALS_WORKING) >= 4);
        assertTrue(r.weekly(START, Outcome.PROFESSIONALS_WORKING) <= 3, "three posts left (one may be vacant after a leaver)");
    }

    /** A preset (city: its own staff for its own size) holds from the first warm-up week: it has no reference. */
    @Test
    void aStartWeekBeforeTheWarmUpMeansTheScenarioHoldsThroughout() {
        ResolvedScenario s = TestWorlds.scenario("no-coordinators", "population.residents=1500", "simulation.years=1", "simulation.lever_start_week=-520",
                "coordinators.cut_week=-1", "coordinators.posts=0");
        RunResult r = Simulation.run(s.parameters(), s.reference(), Seeds.of(4), w -> {});
        assertEquals(0, r.weekly(0, Outcome.COORDINATORS_WORKING), "no coordinators in the warm-up either");
    }
}
