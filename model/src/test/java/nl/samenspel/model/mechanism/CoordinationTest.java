package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class CoordinationTest {
    private static Need request(World w, int resident) {
        Need n = w.newNeed(resident, Need.Kind.LIGHT, 5);
        n.place = Need.Place.REQUESTED;
        w.districts.get(0).requests.addLast(n);
        return n;
    }

    @Test
    void coachingRaisesMotivationAndTheTieToTheCoordinator() {
        World w = tinyWorld("coordinators.coaching_effect=0.2", "coordinators.recruit_rate=0");
        for (Volunteer v : w.volunteers) {
            v.setMotivation(0.5);
            v.coordinatorTie = 0;
        }
        new Coordination().step(w);
        for (Volunteer v : w.volunteers) {
            assertEquals(0.6, v.motivation(), 1e-9);
            assertTrue(v.coordinatorTie > 0);
            assertNotNull(v.coach);
        }
    }

    @Test
    void coordinatorsMatchRequestsToVolunteers() {
        World w = tinyWorld();
        Need n = request(w, 3);
        new Coordination().step(w);
        assertEquals(Need.HelperKind.VOLUNTEER, n.helperKind);
        assertTrue(n.volunteer.matches.contains(n));
        assertEquals(1, w.tally().numerator(Outcome.ANSWERED_BY_VOLUNTEER));
    }

    @Test
    void withoutACoordinatorARequestNeedsADirectTieToAVolunteer() {
        World w = tinyWorld("coordinators.posts=0", "coordinators.direct_tie_chance=1");
        int lonely = -1, connected = -1;
        for (int r = 0; r < w.residents.count && (lonely < 0 || connected < 0); r++) {
            if (w.residents.volunteer[r] != null) continue;
            boolean knows = false;
            for (int k = 0; k < w.network.degree(r); k++) knows |= w.residents.volunteer[w.network.neighbour(r, k)] != null;
            if (knows && connected < 0) connected = r;
            if (!knows && lonely < 0) lonely = r;
        }
        Need a = request(w, lonely);
        Need b = request(w, connected);
        new Coordination().step(w);
        assertTrue(a.isOpen(), "nobody to reach without a coordinator");
        assertEquals(Need.HelperKind.VOLUNTEER, b.helperKind);
    }

}
