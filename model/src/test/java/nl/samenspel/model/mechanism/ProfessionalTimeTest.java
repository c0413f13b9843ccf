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
     * 004:90: a professional meets someone new in her own wijk of the team's area. With at least
     * as many members as wijken the parts together hold every partner of the area, each volunteer
     * in the part of a member of her own wijk; each member has one of the team's coordinators, each
     * coordinator about as many members as the others.
     */
    @Test
    void eachMemberMeetsSomeoneNewInHerOwnWijk() {
        World w = tinyWorld("wijkteam.professionals=6");
        District d = w.districts.get(0);
        nl.samenspel.model.Wijkteam team = d.teams.get(0);
        ProfessionalTime.TeamArea area = areas(w, d).get(0);
        assertTrue(area.all.containsAll(w.volunteers), "every volunteer of the area");
        java.util.Map<nl.samenspel.model.Actor, Integer> coordinatorMembers = new java.util.HashMap<>();
        java.util.Set<nl.samenspel.model.Actor> inParts = new java.util.HashSet<>();
        int k = -1;
        for (Professional p : team.members) {
            if (!p.liaison) k++;
            java.util.List<nl.samenspel.model.Actor> part = area.of(k, p);
            long coordinators = part.stream().filter(a -> a instanceof nl.samenspel.model.Coordinator).count();
            assertEquals(1, coordinators, "one coordinator in each part");
            coordinatorMembers.merge(part.get(0), 1, Integer::sum);
            for (nl.samenspel.model.Actor a : part) {
                if (a instanceof nl.samenspel.model.Volunteer v) assertEquals(w.residents.wijk[part.stream()
                        .filter(x -> x instanceof nl.samenspel.model.Volunteer).map(x -> ((nl.samenspel.model.Volunteer) x).resident).findFirst().orElseThrow()],
                        w.residents.wijk[v.resident], "one wijk per part");
                inParts.add(a);
            }
        }
        assertEquals(new java.util.HashSet<>(area.all), inParts, "the parts together are the area");
        int most = java.util.Collections.max(coordinatorMembers.values()), fewest = java.util.Collections.min(coordinatorMembers.values());
        assertTrue(most - fewest <= 1, "each coordinator works with about as many members: " + coordinatorMembers.values());
    }

    /**
     * What makes the number of ties grow neither with scale nor with fewer colleagues: four times
     * the residents with four times the staff (the same wijk size), or the default district with 3
     * professionals instead of 5, give each member a part of about the same size.
     */
    @Test
    void aMembersPartGrowsNeitherWithTheDistrictNorWithFewerColleagues() {
        double small = meanPart(params("baseline")), big = meanPart(params("baseline", "population.residents=20000", "population.wijken_per_district=16"));
        assertEquals(small, big, 0.15 * small, "mean part: " + small + " in the default district, " + big + " in one four times its size");
        double few = meanPart(params("baseline", "wijkteam.professionals=3"));
        assertEquals(small, few, 0.15 * small, "mean part: " + small + " with 5 professionals, " + few + " with 3");
        World w = nl.samenspel.model.WorldBuilder.build(params("baseline", "population.residents=20000", "population.wijken_per_district=16"), 1, 1);
        ProfessionalTime.TeamArea area = areas(w, w.districts.get(0)).get(0);
        assertTrue(area.all.size() > 3 * small, "while the area itself grows: " + area.all.size());
    }

    /** The areas of every team of the district this week, in team order. */
    private static java.util.List<ProfessionalTime.TeamArea> areas(World w, District d) {
        java.util.List<ProfessionalTime.TeamArea> areas = new java.util.ArrayList<>();
        ProfessionalTime.informalActors(w, d, areas);
        return areas;
    }

    private static double meanPart(Parameters p) {
        World w = nl.samenspel.model.WorldBuilder.build(p, 1, 1);
        District d = w.districts.get(0);
        java.util.List<ProfessionalTime.TeamArea> areas = areas(w, d);
        double sum = 0;
        int n = 0;
        for (int t = 0; t < d.teams.size(); t++) {
            nl.samenspel.model.Wijkteam team = d.teams.get(t);
            ProfessionalTime.TeamArea area = areas.get(t);
            int k = -1;
            for (Professional q : team.members) {
                if (!q.liaison) k++;
                sum += area.of(k, q).size();
                n++;
            }
        }
        return sum / n;
    }
}
