package nl.samenspel.engine;

import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.TestWorlds;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.scenario.ResolvedScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14: each quit records one cause; volunteer_outflow_cause_* "sum to volunteer_outflow",
 * and the three reasons (motivation, other, tender) do too, in every reported week.
 */
class QuitCausesTest {
    private static final Outcome[] CAUSES = {
        Outcome.VOLUNTEER_OUTFLOW_CAUSE_DUMPING, Outcome.VOLUNTEER_OUTFLOW_CAUSE_OVERLOAD, Outcome.VOLUNTEER_OUTFLOW_CAUSE_ROLE_AMBIGUITY,
        Outcome.VOLUNTEER_OUTFLOW_CAUSE_KEY_PERSON, Outcome.VOLUNTEER_OUTFLOW_CAUSE_FUNDING_UNCERTAINTY, Outcome.VOLUNTEER_OUTFLOW_CAUSE_NO_COACHING,
        Outcome.VOLUNTEER_OUTFLOW_CAUSE_TENDER, Outcome.VOLUNTEER_OUTFLOW_CAUSE_BASE_HAZARD};

    @ParameterizedTest
    @ValueSource(strings = {"baseline", "no-coordinators", "yearly-funding+tender-churn"})
    void theCausesOfQuittingSumToTheOutflowEveryWeek(String scenario) {
        ResolvedScenario s = TestWorlds.scenario(scenario, "population.residents=2000", "simulation.years=4", "tender.switch_chance=1");
        RunResult r = Simulation.run(s.parameters(), s.reference(), Seeds.of(2), w -> {});
        double total = 0;
        for (int w = 0; w < r.weeks(); w++) {
            double out = r.weekly(w, Outcome.VOLUNTEER_OUTFLOW), causes = 0;
            for (Outcome c : CAUSES) causes += r.weekly(w, c);
            assertEquals(out, causes, 1e-9, "week " + w);
            assertEquals(out, r.weekly(w, Outcome.VOLUNTEER_OUTFLOW_MOTIVATION) + r.weekly(w, Outcome.VOLUNTEER_OUTFLOW_OTHER)
                    + r.weekly(w, Outcome.VOLUNTEER_OUTFLOW_TENDER), 1e-9, "week " + w);
            assertEquals(r.weekly(w, Outcome.VOLUNTEER_OUTFLOW_TENDER), r.weekly(w, Outcome.VOLUNTEER_OUTFLOW_CAUSE_TENDER), 1e-9);
            total += out;
        }
        assertTrue(total > 10, "enough quits to check: " + total);
    }
}
