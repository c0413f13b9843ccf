package nl.samenspel.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.classroom.BystanderFitFile;
import nl.samenspel.classroom.BystanderSetup;
import nl.samenspel.model.Parameters;
import org.junit.jupiter.api.Test;

/** The care model's bystander step takes its diffusion and social proof from the classroom fit (MODEL.md 3 step 3, 7). */
class BaselineAgreesWithBystanderFitTest {
    @Test
    void baselineCarriesTheFittedValues() throws ScenarioException {
        Parameters.Bystander care = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", List.of()).parameters().bystander();
        BystanderSetup fit = BystanderFitFile.load().design();
        assertEquals(fit.diffusion(), care.diffusion(), 0, "scenarios/baseline.yaml bystander.diffusion differs from scenarios/bystander.yaml");
        assertEquals(fit.socialProof(), care.socialProof(), 0, "scenarios/baseline.yaml bystander.social_proof differs from scenarios/bystander.yaml");
    }

    @Test
    void theFitFileIsNotListedAsACareScenario() throws ScenarioException {
        List<String> names = ScenarioCatalog.scenarios().names();
        assertTrue(names.contains("baseline"));
        assertFalse(names.contains("bystander"));
        assertTrue(ScenarioCatalog.scenarios().find("bystander", null).isEmpty());
    }
}
