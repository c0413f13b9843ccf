package nl.samenspel.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.samenspel.experiment.ReplicationRunner.Replications;
import nl.samenspel.experiment.ReplicationRunner.SeedPlan;
import nl.samenspel.model.Parameters;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioResolver;
import org.junit.jupiter.api.Test;

class ReplicationRunnerTest {
    static Parameters small(String scenario) throws Exception {
        return new ScenarioResolver(ScenarioCatalog.scenarios())
                .resolve(scenario, List.of("simulation.years=1", "simulation.warmup_weeks=10", "population.residents=600")).parameters();
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
        List<Parameters> arms = List.of(small("baseline"), small("no-coordinators"));
        Replications one = ReplicationRunner.run(arms, 3, SeedPlan.common(5), 1, d -> {});
        Replications two = ReplicationRunner.run(arms, 3, SeedPlan.common(5), 3, d -> {});
        for (int a = 0; a < 2; a++) {
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(one.results()[a][i].summary(), two.results()[a][i].summary());
                assertArrayEquals(one.results()[a][i].weekly(), two.results()[a][i].weekly());
            }
        }
    }

    @Test
    void commonRandomNumbersGiveEveryArmTheSameSeedPerReplication() {
        SeedPlan crn = SeedPlan.common(9);
        SeedPlan independent = SeedPlan.independent(9);
        assertEquals(crn.seed(0, 4), crn.seed(3, 4));
        assertEquals(false, crn.seed(0, 4) == crn.seed(0, 5));
        assertEquals(false, independent.seed(0, 4) == independent.seed(1, 4));
    }

    @Test
    void badCountsAreRefused() throws Exception {
        List<Parameters> arms = List.of(small("baseline"));
        assertThrows(IllegalArgumentException.class, () -> ReplicationRunner.run(arms, 0, SeedPlan.common(1), 1, d -> {}));
        assertThrows(IllegalArgumentException.class, () -> ReplicationRunner.run(arms, 2, SeedPlan.common(1), 0, d -> {}));
    }
}
