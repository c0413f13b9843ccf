package nl.samenspel.engine;

import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.TestWorlds;
import nl.samenspel.model.Parameters;
import nl.samenspel.output.RunTables;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private static final Parameters P = TestWorlds.params("tender-churn", "simulation.years=4");

    @Test
    void theSameSeedGivesByteIdenticalWeeklyTables() {
        String a = RunTables.weekly(Simulation.run(P, Seeds.of(5)));
        String b = RunTables.weekly(Simulation.run(P, Seeds.of(5)));
        assertEquals(a, b);
    }

    @Test
    void differentSeedsDiffer() {
        assertNotEquals(RunTables.weekly(Simulation.run(P, Seeds.of(5))), RunTables.weekly(Simulation.run(P, Seeds.of(6))));
    }

    @Test
    void theNetworkSeedAloneChangesTheRun() {
        assertNotEquals(RunTables.weekly(Simulation.run(P, new Seeds(5, 1))), RunTables.weekly(Simulation.run(P, new Seeds(5, 2))));
    }

    @Test
    void runsInParallelThreadsGiveTheSameBytes() throws Exception {
        String alone = RunTables.weekly(Simulation.run(P, Seeds.of(9)));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var f1 = pool.submit(() -> RunTables.weekly(Simulation.run(P, Seeds.of(9))));
            var f2 = pool.submit(() -> RunTables.weekly(Simulation.run(P, Seeds.of(9))));
            assertEquals(alone, f1.get());
            assertEquals(alone, f2.get());
        } finally {
            pool.shutdown();
        }
    }
}
