package nl.samenspel.engine;

import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.TestWorlds;
import nl.samenspel.model.Parameters;
import nl.samenspel.output.RunTables;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the districts of one run share the week's steps out over threads, and the weekly table
 * is the same bytes whatever their number. The city runs at a fifth of its size for a year (its
 * golden size); the district with its one district, and a four-district baseline whose districts
 * really do run at once.
 */
class ThreadsTest {
    @Test
    void theCityGivesTheSameBytesOnOneAndTwoThreads() {
        Parameters p = TestWorlds.params("city", "population.residents=130000", "simulation.years=1");
        String one = weekly(p, 1);
        assertEquals(one, weekly(p, 2));
    }

    @Test
    void theDistrictGivesTheSameBytesOnOneAndTwoThreads() {
        Parameters p = TestWorlds.params("baseline", "simulation.years=2");
        assertEquals(weekly(p, 1), weekly(p, 2));
    }

    @Test
    void fourDistrictsGiveTheSameBytesOnOneTwoAndSixteenThreads() {
        Parameters p = TestWorlds.params("tender-churn", "population.residents=8000", "population.districts=4", "simulation.years=3");
        String one = weekly(p, 1);
        assertEquals(one, weekly(p, 2));
        assertEquals(one, weekly(p, 16));
    }

    @Test
    void oneThreadIsTheGoldenRunOfTheCity() throws Exception {
        Parameters p = TestWorlds.params("city", "population.residents=130000", "simulation.years=1");
        String golden = new String(getClass().getResourceAsStream("/golden/city/weekly.csv").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(golden, weekly(p, 2), "two threads give the recorded single-threaded bytes");
    }

    private static String weekly(Parameters p, int threads) {
        return RunTables.weekly(Simulation.run(p, p, Seeds.of(1), threads, w -> {}));
    }
}
