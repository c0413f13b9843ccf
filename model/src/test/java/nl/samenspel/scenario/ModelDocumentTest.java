package nl.samenspel.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import nl.samenspel.ProjectFiles;
import nl.samenspel.cli.ParamsCommand;
import nl.samenspel.metrics.Outcome;
import org.junit.jupiter.api.Test;

/** docs/model.md and the README say what the code does: tables generated from the code must match. */
class ModelDocumentTest {
    private static final String DOC = ProjectFiles.read(ProjectFiles.root().resolve("docs/model.md"));
    private static final String README = ProjectFiles.read(ProjectFiles.root().resolve("README.md"));

    private static String between(String text, String begin, String end) {
        int i = text.indexOf(begin);
        int j = text.indexOf(end);
        assertTrue(i >= 0 && j > i, "markers " + begin + " .. " + end + " present");
        return text.substring(text.indexOf('\n', i) + 1, j);
    }

    @Test
    void theParameterTableIsTheOneGeneratedFromBaselineYaml() {
        String expected = ParameterDocs.parse(ProjectFiles.read(ProjectFiles.root().resolve("scenarios/baseline.yaml"))).markdownTable();
        assertEquals(expected, between(DOC, "<!-- parameters:begin", "<!-- parameters:end"),
                "regenerate the table in docs/model.md with: java -jar model/target/samenspel.jar params");
    }

    @Test
    void theOutcomeTableIsTheOneGeneratedFromTheCode() {
        assertEquals(ParamsCommand.outcomeTable(), between(DOC, "<!-- outcomes:begin", "<!-- outcomes:end"),
                "regenerate the table in docs/model.md with: java -jar model/target/samenspel.jar params --outcomes");
    }

    @Test
    void everyWeeklyStepIsDescribedInOrder() {
        List<String> steps = nl.samenspel.model.mechanism.WeeklyCycle.steps().stream().map(m -> m.getClass().getSimpleName()).toList();
        assertEquals(12, steps.size(), "MODEL.md section 3 has twelve steps");
        int at = 0;
        for (String s : steps) {
            int i = DOC.indexOf("(`" + s + "`", at);
            assertTrue(i > at, s + " is described after the step before it");
            at = i;
        }
    }

    @Test
    void everyScenarioIsInTheReadmeAndTheModelDocument() {
        for (String name : nl.samenspel.ProjectFiles.scenarioNames()) {
            assertTrue(README.contains("`" + name + "`"), "README lists " + name);
            assertTrue(DOC.contains("`" + name + "`"), "docs/model.md lists " + name);
        }
    }

    @Test
    void everyHeadlineOutcomeIsDefined() {
        for (Outcome o : Outcome.values()) assertTrue(DOC.contains("`" + o.column + "`"), o.column);
    }
}
