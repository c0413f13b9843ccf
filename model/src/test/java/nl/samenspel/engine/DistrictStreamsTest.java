package nl.samenspel.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.TestWorlds;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Residents;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: each district draws from its own stream, so what happens in one district never
 * shifts the chances of another. Two runs on one seed differ only in district B (its residents
 * made far needier, its coordinators gone); district A must then go through the same weeks draw
 * for draw, and end them in the same state, while B visibly does not.
 */
class DistrictStreamsTest {
    private static final int WEEKS = 8;

    @Test
    void aDistrictsDrawsDoNotDependOnAnotherDistrict() {
        Parameters p = TestWorlds.params("baseline", "population.residents=4000", "population.districts=2", "simulation.warmup_weeks=0");
        CareSimulation plain = run(p, false);
        CareSimulation changed = run(p, true);
        District a1 = plain.world().districts.get(0), a2 = changed.world().districts.get(0);
        District b1 = plain.world().districts.get(1), b2 = changed.world().districts.get(1);
        assertFalse(state(plain.world(), b1).equals(state(changed.world(), b2)), "the change to district B must show in B, or this test proves nothing");
        assertTrue(state(plain.world(), a1).equals(state(changed.world(), a2)), "district A's weeks do not depend on district B");
        for (int k = 0; k < 20; k++) assertEquals(a1.random().nextLong(), a2.random().nextLong(), "A's stream is at the same place after " + WEEKS + " weeks");
    }

    @Test
    void everyDistrictHasItsOwnStream() {
        World w = nl.samenspel.model.WorldBuilder.build(TestWorlds.params("baseline", "population.residents=4000", "population.districts=3"), 42, 7);
        List<Long> first = new ArrayList<>();
        for (District d : w.districts) first.add(d.random().nextLong());
        assertEquals(3, first.stream().distinct().count(), first.toString());
    }

    private static CareSimulation run(Parameters p, boolean changeB) {
        CareSimulation sim = new CareSimulation(p, Seeds.of(5));
        sim.start();
        World w = sim.world();
        if (changeB) {
            District b = w.districts.get(1);
            for (int i = b.firstResident; i < b.firstResident + b.residentCount; i++) {
                w.residents.vulnerability[i] = 0.5f;
                w.residents.shame[i] = 0;
            }
            for (var c : new ArrayList<>(b.coordinators)) w.removeCoordinator(c);
        }
        for (int week = 0; week < WEEKS; week++) sim.schedule.step(sim);
        return sim;
    }

    /** What a district's weeks left behind: its residents' needs, pool and leads, its volunteers and staff. */
    private static String state(World w, District d) {
        StringBuilder s = new StringBuilder();
        Residents r = w.residents;
        Need[] held = w.needsHeld(d);
        for (int i = d.firstResident; i < d.firstResident + d.residentCount; i++) {
            Need n = held[i - d.firstResident];
            s.append(n == null ? "-" : n.place() + "/" + n.helperKind() + "/" + n.hoursLeft).append(r.poolStatus[i]).append(r.lead[i] ? 'L' : '.');
            s.append(r.hoursGiven[i]).append(';');
        }
        for (Initiative ini : d.initiatives) {
            for (Volunteer v : ini.volunteers) s.append(v.resident).append(':').append(v.motivation()).append(':').append(v.coordinatorTie).append(',');
        }
        s.append(d.waitingCount()).append('|').append(d.requests.size()).append('|').append(d.leads.size()).append('|').append(d.workingCoordinators(w.week));
        return s.toString();
    }
}
