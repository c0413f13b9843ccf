package nl.samenspel.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import nl.samenspel.ProjectFiles;
import nl.samenspel.TestWorlds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every shipped scenario of MODEL.md section 5 exists, loads, and changes only what differs. */
class ScenarioFilesTest {
    static final List<String> MODEL_SCENARIOS = List.of("baseline", "no-coordinators", "yearly-funding", "caseload-pressure",
            "tender-churn", "walk-in-access", "meeting-places-closed", "protected-field-hours", "liaison-in-team",
            "explicit-responsibility", "city");

    static List<String> shipped() {
        return ProjectFiles.scenarioNames();
    }

    @Test
    void everyScenarioOfTheModelHasAFile() {
        assertTrue(shipped().containsAll(MODEL_SCENARIOS), "shipped: " + shipped());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void eachLoadsAndChangesOnlyWhatDiffersFromItsBases(String name) {
        ResolvedScenario s = TestWorlds.scenario(name);
        ScenarioFile top = s.top();
        assertEquals(name, top.name(), "the file's name matches its file name");
        assertFalse(top.description("en").isBlank());
        assertFalse(top.description("nl").isBlank(), "a Dutch description for the report");
        if (name.equals("baseline")) {
            assertEquals(ParameterSchema.get().keys().size(), top.settings().size(), "baseline sets every parameter");
            return;
        }
        assertFalse(top.bases().isEmpty(), "names its base");
        assertFalse(top.settings().isEmpty(), "changes something");
        Map<String, Object> base = TestWorlds.scenario(String.join("+", top.bases())).flatValues();
        for (Setting set : top.settings()) {
            assertNotEquals(base.get(set.key()), set.value(), name + " repeats the base value of " + set.key());
        }
        assertFalse(top.sources().isEmpty() && !name.equals("baseline"), "cites its sources");
    }

    @Test
    void baselineDocumentsEveryParameter() {
        ParameterDocs docs = ParameterDocs.parse(ProjectFiles.read(ProjectFiles.root().resolve("scenarios/baseline.yaml")));
        assertEquals(List.of(), docs.problems());
        assertEquals(ParameterSchema.get().keys(), List.copyOf(docs.entries().keySet()));
    }

    @Test
    void scenariosStackAndKeepEachOthersChanges() {
        ResolvedScenario s = TestWorlds.scenario("yearly-funding+tender-churn");
        assertEquals("yearly", s.flatValues().get("funding.contract"));
        assertEquals(3L, s.flatValues().get("tender.interval_years"));
        assertEquals(3, s.chain().size(), "baseline is applied once");
    }

    @Test
    void setOverridesComeLast() {
        ResolvedScenario s = TestWorlds.scenario("no-coordinators", "coordinators.posts=0", "coordinators.cut_week=-1");
        assertEquals(0, s.parameters().coordinators().posts());
        assertEquals(-1, s.parameters().coordinators().cutWeek());
        assertEquals("--set", s.values().get("coordinators.posts").file());
    }
}
