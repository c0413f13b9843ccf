package nl.samenspel.classroom.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.engine.CareSimulation;
import nl.samenspel.engine.Seeds;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioResolver;
import org.junit.jupiter.api.Test;

class CareSettingsTest {
    @Test
    void cuttingTheCoordinatorsMidRunTakesEffectTheNextWeek() throws Exception {
        var p = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", List.of("simulation.years=1")).parameters();
        CareSimulation sim = new CareSimulation(p, Seeds.of(2));
        sim.start();
        CareSettings settings = new CareSettings(sim);
        for (int w = 0; w < 60; w++) sim.schedule.step(sim);
        assertFalse(settings.getCutCoordinators());
        assertTrue(sim.world().districts.get(0).workingCoordinators(sim.world().week) > 0);
        settings.setCutCoordinators(true);
        sim.schedule.step(sim);
        assertTrue(sim.world().municipality.coordinatorsCut());
        assertEquals(0, sim.world().districts.get(0).workingCoordinators(sim.world().week));
        assertEquals(8, settings.cutAtWeek());
    }
}
