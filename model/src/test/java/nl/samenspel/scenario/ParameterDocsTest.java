package nl.samenspel.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader of parameter comments as the report uses it: lines, assumed sources, built-in files. */
class ParameterDocsTest {
    @Test
    void readsUnitMeaningSourceAndLine() {
        String yaml = "name: x\nparameters:\n  funding:\n    late_weeks: 12   # weeks | unfunded weeks | assumed\n"
                + "  coordinators:\n    cut_week: 0      # week | cut | 000:289\n";
        ParameterDocs d = ParameterDocs.parse(yaml);
        ParameterDocs.Entry late = d.entry("funding.late_weeks");
        assertEquals("weeks", late.unit());
        assertEquals(4, late.line());
        assertTrue(late.assumed());
        assertFalse(d.entry("coordinators.cut_week").assumed());
        assertEquals(List.of(late), d.assumed());
    }

    @Test
    void builtInScenarioFilesAreReadByTheirDisplayName() {
        ParameterDocs d = ParameterDocs.ofFile("scenarios/no-coordinators.yaml (built in)").orElseThrow();
        assertTrue(d.entry("coordinators.cut_week").source().contains("MODEL.md"), d.entry("coordinators.cut_week").source());
        assertTrue(ParameterDocs.ofFile("--set").isEmpty());
        assertFalse(ParameterDocs.baseline().assumed().isEmpty());
    }
}
