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
        sameOnOneTwoAndSixteenThreads(threads -> weekly(p, threads));
    }

    @Test
    void oneThreadIsTheGoldenRunOfTheCity() throws Exception {
        // The golden's own recorded parameters and seeds (as GoldenOutputTest), not today's city: a refit moves those.
        java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/golden/city");
        nl.samenspel.output.RunManifest m = nl.samenspel.output.Manifest.readRun(dir.resolve(nl.samenspel.output.Manifest.FILE));
        nl.samenspel.scenario.ResolvedScenario s = nl.samenspel.experiment.Reproduction.recorded(dir.resolve(nl.samenspel.output.Manifest.FILE), m);
        String golden = java.nio.file.Files.readString(dir.resolve("weekly.csv"));
        String two = RunTables.weekly(Simulation.run(s.parameters(), s.reference(), new Seeds(m.seeds().behaviour(), m.seeds().network()), 2, w -> {}));
        assertEquals(golden, two, "two threads give the recorded single-threaded bytes");
    }

    /**
     * Recruits made in district tasks are numbered and listed when all districts are done, in
     * district order: the ids and the order of the world's volunteers are those of one thread.
     */
    @Test
    void recruitsGetTheIdsAndPlacesOfOneThread() {
        Parameters p = TestWorlds.params("tender-churn", "population.residents=8000", "population.districts=4", "simulation.years=2");
        sameOnOneTwoAndSixteenThreads(threads -> volunteers(p, threads));
    }

    private static void sameOnOneTwoAndSixteenThreads(java.util.function.IntFunction<String> run) {
        String one = run.apply(1);
        assertEquals(one, run.apply(2));
        assertEquals(one, run.apply(16));
    }

    /** The world's volunteers at the end, as id:resident, after checking that the ids ascend and that some joined during the run. */
    private static String volunteers(Parameters p, int threads) {
        nl.samenspel.model.World[] world = new nl.samenspel.model.World[1];
        Simulation.run(p, p, Seeds.of(1), threads, w -> {}, w -> world[0] = w);
        java.util.List<nl.samenspel.model.Volunteer> vs = world[0].volunteers;
        StringBuilder out = new StringBuilder();
        int last = -1, joined = 0;
        for (nl.samenspel.model.Volunteer v : vs) {
            assertTrue(v.id() > last, "ids ascend in the world's list: " + v);
            last = v.id();
            if (v.weekJoined >= 0) joined++;
            out.append(v.id()).append(':').append(v.resident).append(' ');
        }
        assertTrue(joined >= 10, "recruits joined during the run: " + joined);
        return out.toString();
    }

    private static String weekly(Parameters p, int threads) {
        return RunTables.weekly(Simulation.run(p, p, Seeds.of(1), threads, w -> {}));
    }
}
