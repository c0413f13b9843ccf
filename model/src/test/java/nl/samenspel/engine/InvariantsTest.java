package nl.samenspel.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.samenspel.ProjectFiles;
import nl.samenspel.TestWorlds;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks after every week, for every scenario file: no negative counts, every need has at most one
 * helper, each volunteer belongs to an existing initiative, and answered + unanswered + open needs
 * add up to all needs that arose. The city runs at a twentieth of its size to keep the suite quick.
 */
class InvariantsTest {
    static List<String> scenarios() {
        return ProjectFiles.scenarioNames();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void holdEveryWeek(String name) {
        Parameters p = name.equals("city")
                ? TestWorlds.params(name, "population.residents=32500", "simulation.years=2")
                : TestWorlds.params(name, "simulation.years=3");
        CareSimulation sim = new CareSimulation(p, Seeds.of(11));
        sim.start();
        while (!sim.done()) {
            sim.schedule.step(sim);
            check(sim.world());
        }
    }

    static void check(World w) {
        long open = w.openNeeds().stream().filter(Need::isOpen).count();
        // Every open need, given back by a helper or never taken up, is among its district's open
        // needs: noticing, asking and closing unanswered read only those.
        Set<Need> listed = new HashSet<>(w.openNeeds());
        for (District d : w.districts) {
            Need[] held = w.needsHeld(d);
            for (int k = 0; k < held.length; k++) {
                Need n = held[k];
                if (n != null && n.isOpen()) assertTrue(listed.contains(n), "an open need outside the open needs in week " + w.week + ": resident " + n.resident);
                // The residents' flag and the needs the lists hold agree.
                assertEquals(n != null, w.residents.hasNeed[d.firstResident + k] != 0, "need flag of resident " + (d.firstResident + k) + " in week " + w.week);
            }
        }
        Set<Need> helped = new HashSet<>();
        for (District d : w.districts) {
            for (Professional p : d.team) {
                for (Need n : p.cases) {
                    assertTrue(helped.add(n), "a need with two helpers");
                    assertSame(p, n.professional);
                }
            }
            Set<Initiative> initiatives = new HashSet<>(d.initiatives);
            for (Initiative ini : d.initiatives) {
                for (Volunteer v : ini.volunteers) {
                    assertTrue(v.active);
                    assertTrue(initiatives.contains(v.initiative));
                    assertSame(ini, v.initiative);
                    for (Need n : v.matches) {
                        assertTrue(helped.add(n), "a need with two helpers");
                        assertSame(v, n.volunteer);
                    }
                }
            }
            assertTrue(d.activeVolunteers() >= 0 && d.teams.get(0).waitingList.size() >= 0 && d.requests.size() >= 0);
        }
        for (Need n : w.neighbourHelp()) {
            if (n.place() != Need.Place.CLOSED) assertTrue(helped.add(n), "a need with two helpers");
        }
        for (Volunteer v : w.volunteers) {
            assertTrue(v.motivation() >= 0 && v.motivation() <= 1, "motivation in 0..1");
            assertTrue(v.load() >= 0);
        }
        assertTrue(w.ties.count() >= 0 && w.ties.totalStrength() >= 0);
        for (int i = 0; i < w.residents.count; i++) {
            boolean busy = w.residents.hasNeed[i] != 0 || w.residents.hoursGiven[i] > 0;
            assertEquals(busy, w.residents.busy[i] != 0, "busy flag of resident " + i + " out of step");
        }
    }

    /** Needs not yet closed (open or being helped), counted from the residents, not from the ledger. */
    static long inModel(World w) {
        long n = 0;
        for (District d : w.districts) for (Need need : w.needsHeld(d)) if (need != null) n++;
        return n;
    }
}
