package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.params;
import static nl.samenspel.TestWorlds.tiny;
import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Professional;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class ProfessionalTimeTest {
    @Test
    void communityHoursNeverFallBelowZeroAndShrinkAsCasesGrow() {
        World w = tinyWorld("wijkteam.hours=32", "wijkteam.admin_share=0.25", "wijkteam.hours_per_case=2");
        Parameters.Wijkteam t = w.p.wijkteam();
        Professional p = w.districts.get(0).team.get(0);
        double previous = Double.MAX_VALUE;
        for (int cases = 0; cases < 30; cases++) {
            double h = ProfessionalTime.communityHours(t, p);
            assertTrue(h >= 0);
            assertTrue(h <= previous);
            if (cases == 0) assertEquals(24, h, 1e-9);
            previous = h;
            p.cases.add(new Need(cases, Need.Kind.HEAVY, 0, 5));
        }
        assertEquals(0, previous);
    }

    @Test
    void protectedFieldHoursAreKeptWhateverTheCaseload() {
        Parameters.Wijkteam t = params("baseline", tiny("wijkteam.protected_field_hours=6")).wijkteam();
        World w = tinyWorld("wijkteam.protected_field_hours=6");
        Professional p = w.districts.get(0).team.get(0);
        for (int i = 0; i < 40; i++) p.cases.add(new Need(i, Need.Kind.HEAVY, 0, 5));
        assertEquals(6, ProfessionalTime.communityHours(t, p));
    }

    @Test
    void communityHoursMakeTiesAndTiesDecayWithoutContact() {
        World w = tinyWorld("ties.contacts_per_community_hour=1");
        new ProfessionalTime().step(w);
        int made = w.ties.count();
        assertTrue(made > 0);
        double strength = w.ties.totalStrength();
        World still = tinyWorld("ties.contacts_per_community_hour=0", "ties.decay=0.1");
        still.ties.contact(still.districts.get(0).team.get(0), still.districts.get(0).coordinators.get(0), 0.5);
        new ProfessionalTime().step(still);
        assertEquals(0.5, still.ties.totalStrength(), 1e-9, "no decay in the week of contact");
        new ProfessionalTime().step(still);
        assertEquals(0.45, still.ties.totalStrength(), 1e-9, "decay in a week without contact");
        assertTrue(strength > 0);
    }

    /**
     * 004:90, ties "gebaseerd op enkele specifieke contacten": a contact goes to someone she knows
     * in proportion to how well, or with the weight of one full tie to someone of her team's area at random.
     */
    @Test
    void aProfessionalGoesBackToThoseSheKnows() {
        World w = tinyWorld();
        Professional p = w.districts.get(0).team.get(0);
        java.util.List<nl.samenspel.model.Actor> area = new java.util.ArrayList<>(w.volunteers);
        area.addAll(w.districts.get(0).initiatives);
        area.addAll(w.districts.get(0).coordinators);
        assertTrue(area.size() >= 5, "an area of several partners");
        w.ties.remove(p); // whatever ties the world started her with
        w.ties.addActor(p);
        nl.samenspel.model.Actor known = area.get(0);
        int draws = 20_000, toKnown = 0;
        for (int i = 0; i < draws; i++) if (ProfessionalTime.whomSheSees(w, w.districts.get(0), p, area) == known) toKnown++;
        assertEquals(1.0 / area.size(), toKnown / (double) draws, 0.02, "without ties, anyone of her area alike");
        w.ties.contact(p, known, 1); // a full tie: weight 1 against 1 for someone at random
        toKnown = 0;
        for (int i = 0; i < draws; i++) if (ProfessionalTime.whomSheSees(w, w.districts.get(0), p, area) == known) toKnown++;
        assertEquals(0.5 + 0.5 / area.size(), toKnown / (double) draws, 0.02);
    }

    /**
     * 004:90: what a professional can get to know is her team's area, the same for every member,
     * so ties per professional follow her community hours, not how many colleagues share the area
     * (P2 is read per professional).
     */
    @Test
    void everyMemberOfATeamCanGetToKnowTheWholeArea() {
        World w = tinyWorld("wijkteam.professionals=6");
        District d = w.districts.get(0);
        java.util.List<nl.samenspel.model.Actor> area = new java.util.ArrayList<>();
        ProfessionalTime.informalActors(w, d, d.teams.get(0), area);
        assertTrue(area.containsAll(w.volunteers), "every volunteer of the area");
        for (nl.samenspel.model.Coordinator c : d.coordinators) assertTrue(area.contains(c));
        for (nl.samenspel.model.Initiative ini : d.initiatives) assertEquals(ini.keyPerson != null, area.contains(ini));
    }
}
