package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.metrics.Outcome;
import java.util.List;
import nl.samenspel.model.District;
import nl.samenspel.model.Residents;
import nl.samenspel.model.Need;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class CoordinationTest {
    private static Need request(World w, int resident) {
        Need n = w.newNeed(resident, Need.Kind.LIGHT, 5);
        n.place(Need.Place.REQUESTED);
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
        assertEquals(Need.HelperKind.VOLUNTEER, n.helperKind());
        assertTrue(n.volunteer.matches.contains(n));
        assertEquals(1, w.tally().numerator(Outcome.ANSWERED_BY_VOLUNTEER));
    }

    /**
     * MODEL.md step 6 ("Deze verbindingen ontstaan niet vanzelf", 002:220) and step 7 ("fors belast",
     * 000:281): she asks a volunteer who has the free hours for one more match before one who has
     * not, even a less loaded one; only when nobody has the time does she ask more of someone.
     */
    @Test
    void aCoordinatorAsksAVolunteerWithTheTimeFirstAndOverloadsOnlyWhenNobodyHasIt() {
        World w = tinyWorld("volunteers.hours_per_match=2", "volunteers.max_load=3", "coordinators.recruit_rate=0");
        List<Volunteer> vs = w.volunteers;
        assertTrue(vs.size() >= 3);
        for (Volunteer v : vs) w.residents.freeHours[v.resident] = 1; // nobody has two hours
        Volunteer busyButFree = vs.get(vs.size() - 1);
        Need already = w.newNeed(0, Need.Kind.LIGHT, 5);
        Coordination.match(w, busyButFree, already); // load 1, the others 0
        w.residents.freeHours[busyButFree.resident] = 5; // room for a second match of 2 hours
        Need n = request(w, 3);
        new Coordination().step(w);
        assertSame(busyButFree, n.volunteer, "the one with the time, though another is less loaded");
        Need m = request(w, 3);
        new Coordination().step(w);
        assertNotNull(m.volunteer, "nobody has the time: she still asks someone");
        assertNotSame(busyButFree, m.volunteer, "the least loaded of those under max_load");
        assertTrue(m.volunteer.load() * 2.0 > w.residents.freeHours[m.volunteer.resident], "and that one is now asked more than her free hours");
    }

    /**
     * MODEL.md step 6, relief (000:287, "Je moet er zijn als ze je nodig hebben"): whoever coaches a
     * volunteer asked more than her free hours takes back her newest matches until the rest fit;
     * they go back to the front of the requests.
     */
    @Test
    void aCoachTakesBackAnOverloadedVolunteersNewestMatchesUntilTheRestFit() {
        World w = tinyWorld("volunteers.hours_per_match=2", "volunteers.max_load=3", "coordinators.recruit_rate=0");
        Volunteer v = w.volunteers.get(0);
        w.residents.freeHours[v.resident] = 3; // room for one match of 2 hours, not two
        Need first = w.newNeed(1, Need.Kind.LIGHT, 5), second = w.newNeed(2, Need.Kind.LIGHT, 5), third = w.newNeed(3, Need.Kind.LIGHT, 5);
        for (Need n : List.of(first, second, third)) Coordination.match(w, v, n);
        Coordination.coach(w, null, v);
        assertEquals(List.of(first), v.matches, "the oldest match stays; 1 x 2 hours fit her 3");
        for (Need back : List.of(second, third)) {
            assertEquals(Need.Place.REQUESTED, back.place(), "a match taken back is a request again");
            assertNull(back.volunteer);
            assertTrue(w.districts.get(0).requests.contains(back));
        }
        assertSame(second, w.districts.get(0).requests.peekFirst(), "the newest goes back first, so the older ends in front");
        assertEquals(Need.HelperKind.VOLUNTEER, first.helperKind());
        Volunteer fits = w.volunteers.get(1);
        w.residents.freeHours[fits.resident] = 4;
        Need hers = w.newNeed(4, Need.Kind.LIGHT, 5);
        Coordination.match(w, fits, hers);
        Coordination.coach(w, null, fits);
        assertEquals(List.of(hers), fits.matches, "a volunteer whose matches fit her hours keeps them");
    }

    @Test
    void withoutACoordinatorARequestNeedsADirectTieToAVolunteer() {
        World w = tinyWorld("coordinators.posts=0", "coordinators.direct_tie_chance=1", "volunteers.key_person_hours=0"); // key persons: KeyPersonsTest
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
        assertEquals(Need.HelperKind.VOLUNTEER, b.helperKind());
    }


    /** MODEL.md step 6: "Each coordinator, within her hours: matches ...; coaches volunteers" — hours left after matching bound coaching. */
    @Test
    void coachingIsBoundedByTheHoursLeftAfterMatching() {
        World w = tinyWorld("coordinators.posts=1", "coordinators.hours=2", "coordinators.match_hours=1", "coordinators.coach_hours=0.5", "coordinators.recruit_rate=0");
        assertTrue(w.volunteers.size() > 2);
        request(w, 3);
        new Coordination().step(w);
        long coached = w.volunteers.stream().filter(v -> v.coachedThisWeek).count();
        assertEquals(2, coached, "2 hours - 1 for the match = 2 coachings of half an hour");
    }

    /** 000:288 "Je moet er zijn als ze je nodig hebben": coaching goes to newcomers and to those with a setback, the largest first. */
    @Test
    void coordinatorsCoachWhoNeedsThemAndTheOthersGoWithout() {
        World w = tinyWorld("coordinators.recruit_rate=0", "coordinators.support_weeks=520");
        new Coordination().step(w); // everyone's first conversation
        assertTrue(w.volunteers.stream().allMatch(v -> v.coachedThisWeek));
        for (Volunteer v : w.volunteers) v.coachedThisWeek = false;
        Volunteer small = w.volunteers.get(0), large = w.volunteers.get(1);
        small.loseMotivation(nl.samenspel.model.QuitCause.OVERLOAD, 0.02);
        large.loseMotivation(nl.samenspel.model.QuitCause.DUMPING, 0.1);
        Volunteer chronic = w.volunteers.get(2);
        chronic.loseMotivation(nl.samenspel.model.QuitCause.ROLE_AMBIGUITY, 0.2); // chronic losses are no occasion to ask for help
        chronic.loseMotivation(nl.samenspel.model.QuitCause.NO_COACHING, 0.2);
        assertEquals(List.of(large, small), Coordination.whoNeedsCoaching(w.volunteers, w.week, 520));
        new Coordination().step(w);
        for (Volunteer v : w.volunteers) assertEquals(v == small || v == large, v.coachedThisWeek, v.toString());
    }

    /**
     * 000:287-289, coaching, "begeleiding en ondersteuning": after newcomers and setbacks, the hours
     * left go to routine check-ins of those not coached for support_weeks, the longest ago first;
     * one coached more recently is not due.
     */
    @Test
    void routineCheckInsFollowSetbacksLongestAgoFirst() {
        World w = tinyWorld("coordinators.recruit_rate=0", "coordinators.support_weeks=4", "volunteers.initial_share=0.05");
        assertTrue(w.volunteers.size() >= 4);
        Volunteer setback = w.volunteers.get(0), longAgo = w.volunteers.get(1), lately = w.volunteers.get(2), recent = w.volunteers.get(3);
        int week = 100;
        for (Volunteer v : w.volunteers) v.lastCoachedWeek = week - 1; // not due, no setback
        setback.lastCoachedWeek = week - 1;
        setback.loseMotivation(nl.samenspel.model.QuitCause.OVERLOAD, 0.05);
        longAgo.lastCoachedWeek = week - 10;
        lately.lastCoachedWeek = week - 4;
        recent.lastCoachedWeek = week - 3;
        List<Volunteer> order = Coordination.whoNeedsCoaching(List.of(recent, lately, longAgo, setback), week, 4);
        assertEquals(List.of(setback, longAgo, lately), order);
    }

    /**
     * Forner, Holtrop et al.: the relation is with one coordinator. A coordinator coaches her own
     * volunteers and those without one (who become hers), never a colleague's, not even while the
     * colleague's post waits for a decision.
     */
    @Test
    void aCoordinatorCoachesHerOwnVolunteersAndAdoptsThoseWithoutOne() {
        World w = tinyWorld("coordinators.posts=2", "coordinators.recruit_rate=0", "coordinators.hours=40");
        District d = w.districts.get(0);
        nl.samenspel.model.Coordinator working = d.coordinators.get(0), waiting = d.coordinators.get(1);
        waiting.inactiveUntil = w.week + 10;
        Volunteer colleagues = w.volunteers.get(0), orphan = w.volunteers.get(1);
        for (Volunteer v : w.volunteers) v.startWith(working, 0.5, 1);
        colleagues.startWith(waiting, 0.5, 1);
        orphan.loseCoach();
        for (Volunteer v : w.volunteers) v.loseMotivation(nl.samenspel.model.QuitCause.OVERLOAD, 0.05); // all need her
        new Coordination().step(w);
        assertFalse(colleagues.coachedThisWeek, "a colleague's volunteer waits for her own coordinator");
        assertSame(waiting, colleagues.coach);
        assertTrue(orphan.coachedThisWeek);
        assertSame(working, orphan.coach, "one without a coordinator becomes hers");
        assertTrue(w.volunteers.stream().filter(v -> v != colleagues).allMatch(v -> v.coachedThisWeek));
    }

    /** 000:281, issue 14: leads come from the network neighbours of current volunteers, never from a random resident. */
    @Test
    void recruitmentLeadsAreWillingNeighboursOfVolunteers() {
        World w = tinyWorld("coordinators.posts=1", "coordinators.recruit_rate=5", "meeting_places.open=false", "volunteers.competing_recruit_rate=0", "volunteers.pool_share=0.5");
        District d = w.districts.get(0);
        new Coordination().step(w);
        assertFalse(d.leads.isEmpty());
        for (District.Lead lead : d.leads) {
            int r = lead.resident();
            assertEquals(Residents.POOL_FREE, w.residents.poolStatus[r], "a lead is a free member of the pool");
            boolean knowsAVolunteer = false;
            for (int k = 0; k < w.network.degree(r); k++) knowsAVolunteer |= w.residents.volunteer[w.network.neighbour(r, k)] != null;
            assertTrue(knowsAVolunteer, "lead " + r + " is a network neighbour of a volunteer");
        }
        assertEquals(d.leads.size(), w.tally().numerator(Outcome.VOLUNTEER_LEADS_TIES));
    }

    /** 000:281: the pool is one that "veel geinstitutionaliseerde organisaties" fish in: their draw leaves nobody to recruit. */
    @Test
    void otherOrganisationsDrawFromThePoolToo() {
        World w = tinyWorld("coordinators.recruit_rate=5", "meeting_places.open=false", "volunteers.competing_recruit_rate=1",
                "volunteers.competing_leave_rate=0", "volunteers.pool_share=0.5");
        District d = w.districts.get(0);
        for (int i = 0; i < 30; i++) Coordination.competingDraw(w, d);
        for (int r : d.pool) assertFalse(w.residents.recruitable(r), "every free member went elsewhere");
        new Coordination().step(w);
        assertTrue(d.leads.isEmpty());
    }

    @Test
    void withoutACoordinatorNobodyAsksAroundForVolunteers() {
        World with = tinyWorld("coordinators.recruit_rate=5", "volunteers.competing_recruit_rate=0", "volunteers.pool_share=0.5", "meeting_places.open=false");
        new Coordination().step(with);
        assertTrue(with.tally().numerator(Outcome.VOLUNTEER_LEADS_TIES) > 0);
        World without = tinyWorld("coordinators.posts=0", "coordinators.recruit_rate=5", "volunteers.competing_recruit_rate=0", "volunteers.pool_share=0.5", "meeting_places.open=false",
                "volunteers.key_person_hours=0"); // a key person asks her own circle: KeyPersonsTest
        for (int i = 0; i < 5; i++) new Coordination().step(without);
        assertEquals(0, without.tally().numerator(Outcome.VOLUNTEER_LEADS_TIES));
        assertEquals(0, without.tally().numerator(Outcome.VOLUNTEER_INFLOW));
    }

    @Test
    void aFollowedUpLeadFromThePoolBecomesAVolunteerAndNewRecruitsStartInTheirRange() {
        World w = tinyWorld("coordinators.recruit_rate=0", "meeting_places.lead_conversion=1", "volunteers.recruit_motivation_low=0.7",
                "volunteers.recruit_motivation_high=0.7", "volunteers.competing_recruit_rate=0", "volunteers.pool_share=0.5");
        District d = w.districts.get(0);
        int r = -1;
        for (int m : d.pool) if (w.residents.recruitable(m)) { r = m; break; }
        w.residents.lead[r] = true;
        d.leads.addLast(new District.Lead(r, 0));
        new Coordination().step(w);
        assertNotNull(w.residents.volunteer[r]);
        assertEquals(0.7, w.residents.volunteer[r].motivation(), 1e-12);
    }

    /** Issue 14 defect 3: a quitting volunteer's open matches "go back to be taken up by someone else, keeping the weeks they have been open". */
    @Test
    void aQuittersMatchesGoBackToBeTakenUpByAnotherVolunteer() {
        World w = tinyWorld("coordinators.recruit_rate=0");
        Need n = request(w, 3);
        new Coordination().step(w);
        Volunteer first = n.volunteer;
        w.week = 5;
        w.quit(first, World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD);
        assertEquals(Need.Place.REQUESTED, n.place());
        assertNull(n.volunteer);
        assertTrue(w.districts.get(0).requests.contains(n));
        assertEquals(0, n.weekArisen, "it keeps the week it arose");
        new Coordination().step(w);
        assertNotNull(n.volunteer);
        assertNotSame(first, n.volunteer);
        assertEquals(1, w.tally().numerator(Outcome.ANSWERED_BY_VOLUNTEER), "taken up once, as the first take-up");
    }

    /**
     * Forner, Holtrop et al. measure the relation with the coordinator as leader-member exchange, whose
     * quality differs between a leader's members (Graen &amp; Uhl-Bien 1995): coaching brings each tie towards
     * the strongest her relation can be, drawn in 1 - relation_spread..1 when it begins, and a new
     * coordinator's relation is drawn anew.
     */
    @Test
    void coachingBuildsEachRelationTowardsItsOwnCeiling() {
        World w = tinyWorld("volunteers.initial_share=0.05", "coordinators.relation_spread=0.8", "coordinators.coaching_tie_gain=1", "coordinators.support_weeks=1",
                "coordinators.hours=40", "coordinators.recruit_rate=0");
        assertTrue(w.volunteers.size() > 3);
        for (Volunteer v : w.volunteers) v.loseCoach();
        new Coordination().step(w);
        java.util.Set<Double> ceilings = new java.util.HashSet<>();
        for (Volunteer v : w.volunteers) {
            assertTrue(v.coachedThisWeek);
            assertTrue(v.relationCeiling() >= 0.2 && v.relationCeiling() <= 1, "drawn in 1 - spread..1: " + v.relationCeiling());
            assertEquals(v.relationCeiling(), v.coordinatorTie, 1e-12, "a gain of 1 closes the whole gap to her own ceiling, not to 1");
            ceilings.add(v.relationCeiling());
        }
        assertEquals(w.volunteers.size(), ceilings.size(), "each relation has its own quality");
        Volunteer v = w.volunteers.get(0);
        double first = v.relationCeiling();
        v.loseCoach();
        assertTrue(v.relationPending(), "her coordinator left: the next relation is a new one");
        new Coordination().step(w);
        assertNotEquals(first, v.relationCeiling());
        World alike = tinyWorld("volunteers.initial_share=0.05", "coordinators.relation_spread=0", "coordinators.coaching_tie_gain=1", "coordinators.hours=40", "coordinators.recruit_rate=0");
        for (Volunteer u : alike.volunteers) u.loseCoach();
        new Coordination().step(alike);
        for (Volunteer u : alike.volunteers) assertEquals(1, u.coordinatorTie, 1e-12, "without spread every relation can become full");
    }
}
