package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class VolunteerMotivationTest {
    private static World calm(String... more) {
        String[] base = {"volunteers.base_hazard=0", "volunteers.ambiguity_loss=0", "volunteers.quit_threshold=0"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return tinyWorld(all);
    }

    @Test
    void motivationErodesWithoutATieToACoordinatorButNotWithAFullOne() {
        World w = calm("volunteers.drift=0.01");
        Volunteer loose = w.volunteers.get(0), tied = w.volunteers.get(1);
        w.residents.helpfulness[loose.resident] = 0.5f;
        w.residents.helpfulness[tied.resident] = 0.5f;
        loose.setMotivation(0.8);
        tied.setMotivation(0.8);
        loose.coordinatorTie = 0;
        tied.coordinatorTie = 1;
        tied.coachedThisWeek = true;
        new VolunteerMotivation().step(w);
        assertEquals(0.79, loose.motivation(), 1e-9);
        assertEquals(0.8, tied.motivation(), 1e-9);
    }

    @Test
    void theLessHelpfulLoseMotivationFaster() {
        World w = calm("volunteers.drift=0.01");
        Volunteer a = w.volunteers.get(0), b = w.volunteers.get(1);
        w.residents.helpfulness[a.resident] = 0.9f;
        w.residents.helpfulness[b.resident] = 0.1f;
        a.setMotivation(0.8);
        b.setMotivation(0.8);
        a.coordinatorTie = b.coordinatorTie = 0;
        new VolunteerMotivation().step(w);
        assertTrue(a.motivation() > b.motivation());
    }

    @Test
    void roleAmbiguityCostsMotivation() {
        World w = calm("volunteers.drift=0", "volunteers.ambiguity_loss=0.1");
        Volunteer v = w.volunteers.get(0);
        v.setMotivation(0.8);
        v.roleAmbiguity = 1;
        new VolunteerMotivation().step(w);
        assertEquals(0.7, v.motivation(), 1e-9);
        assertTrue(v.roleAmbiguity < 1, "ambiguity fades");
    }

    @Test
    void aVolunteerQuitsBelowTheThreshold() {
        World w = tinyWorld("volunteers.quit_threshold=0.3", "volunteers.base_hazard=0");
        Volunteer v = w.volunteers.get(0);
        v.setMotivation(0.1);
        new VolunteerMotivation().step(w);
        assertFalse(v.active);
        assertNull(w.residents.volunteer[v.resident]);
        assertFalse(v.initiative.volunteers.contains(v));
        assertEquals(1, w.tally().numerator(Outcome.VOLUNTEER_OUTFLOW_MOTIVATION));
    }

    @Test
    void whenTheKeyPersonLeavesTheOthersLoseMotivation() {
        World w = calm("volunteers.key_person_loss=0.2");
        Initiative ini = w.volunteers.stream().map(v -> v.initiative).filter(i -> i.volunteers.size() >= 2).findFirst().orElseThrow();
        Volunteer key = ini.keyPerson;
        Volunteer other = ini.volunteers.stream().filter(v -> v != key).findFirst().orElseThrow();
        other.setMotivation(0.9);
        w.quit(key, World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD);
        assertEquals(0.7, other.motivation(), 1e-9);
        assertNotNull(ini.keyPerson);
        assertNotSame(key, ini.keyPerson);
    }
}
