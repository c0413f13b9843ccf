package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Need;
import nl.samenspel.model.QuitCause;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

/** 002:474: where no paid coordinator works, an initiative's key person ("Best Person") carries on in her own circle. */
class KeyPersonsTest {
    private static final String[] NO_COORDINATORS = {"coordinators.posts=0", "coordinators.direct_tie_chance=0", "volunteers.self_recruit_rate=0",
        "volunteers.competing_recruit_rate=0", "meeting_places.open=false"};

    private static World world(String... more) {
        String[] all = java.util.Arrays.copyOf(NO_COORDINATORS, NO_COORDINATORS.length + more.length);
        System.arraycopy(more, 0, all, NO_COORDINATORS.length, more.length);
        return tinyWorld(all);
    }

    private static Initiative withKeyPersonAndOthers(World w) {
        for (Initiative ini : w.districts.get(0).initiatives) if (ini.keyPerson != null && ini.volunteers.size() >= 2) return ini;
        throw new AssertionError("the tiny world has an initiative with a key person and another volunteer");
    }

    private static int residentOf(World w, int wijk) {
        for (int r = 0; r < w.residents.count; r++) if (w.residents.wijk[r] == wijk && w.residents.volunteer[r] == null) return r;
        throw new AssertionError("a resident in wijk " + wijk);
    }

    private static Need request(World w, int resident) {
        Need n = w.newNeed(resident, Need.Kind.LIGHT, 5);
        n.place(Need.Place.REQUESTED);
        w.districts.get(0).requests.addLast(n);
        return n;
    }

    /** She matches a request of her wijk to one of her volunteers, but only to one who has the free hours for it. */
    @Test
    void sheMatchesHerWijksRequestsToVolunteersWithTheTime() {
        World w = world("volunteers.key_person_hours=10", "volunteers.hours_per_match=2");
        Initiative ini = withKeyPersonAndOthers(w);
        for (Volunteer v : ini.volunteers) w.residents.freeHours[v.resident] = 1; // nobody has two hours
        Need n = request(w, residentOf(w, ini.wijk));
        new Coordination().step(w);
        assertTrue(n.isOpen(), "no volunteer of hers has the time");
        Volunteer free = ini.volunteers.get(1);
        w.residents.freeHours[free.resident] = 5;
        new Coordination().step(w);
        assertEquals(Need.HelperKind.VOLUNTEER, n.helperKind());
        assertSame(free, n.volunteer);
        assertEquals(1, w.tally().numerator(Outcome.ANSWERED_BY_VOLUNTEER));
    }

    /** She keeps her fellow volunteers going as a coordinator would: a setback is answered, the tie is to her, and it goes when she leaves. */
    @Test
    void sheCoachesTheOthersAndTheirTieToHerGoesWithHer() {
        World w = world("volunteers.key_person_hours=10", "coordinators.coach_hours=1", "coordinators.coaching_tie_gain=0.5", "coordinators.relation_spread=0", "coordinators.recruit_rate=0");
        Initiative ini = withKeyPersonAndOthers(w);
        Volunteer hurt = null;
        for (Volunteer v : ini.volunteers) {
            v.loseCoach();
            v.lastCoachedWeek = 0; // not a newcomer
            if (v != ini.keyPerson && hurt == null) hurt = v;
        }
        hurt.loseMotivation(QuitCause.OVERLOAD, 0.2);
        double before = hurt.motivation();
        new Coordination().step(w);
        assertTrue(hurt.motivation() > before, "coached after her setback");
        assertEquals(0.5, hurt.coordinatorTie, 1e-12);
        assertNull(hurt.coach, "her tie is to the key person, not to a coordinator");
        assertEquals(0, ini.keyPerson.coordinatorTie, "nobody coaches the key person herself");
        w.quit(ini.keyPerson, World.QuitReason.OTHER, QuitCause.BASE_HAZARD);
        assertEquals(0, hurt.coordinatorTie, "the tie to her went with her");
    }

    /** She asks people she knows who would volunteer (the pool); they join her initiative. Without her hours, nobody does. */
    @Test
    void sheRecruitsInHerOwnCircle() {
        String[] recruiting = {"volunteers.pool_share=1", "coordinators.recruit_rate=5", "meeting_places.lead_conversion=1", "coordinators.match_hours=1"};
        World w = world(concat(recruiting, "volunteers.key_person_hours=10"));
        Initiative ini = withKeyPersonAndOthers(w);
        int before = ini.volunteers.size();
        new Coordination().step(w);
        assertTrue(ini.volunteers.size() > before, "some of her acquaintances joined her initiative");
        for (Volunteer v : ini.volunteers) assertEquals(ini, v.initiative);
        World none = world(concat(recruiting, "volunteers.key_person_hours=0"));
        new Coordination().step(none);
        assertEquals(0, none.tally().numerator(Outcome.VOLUNTEER_INFLOW));
    }

    /** Leads of her wijk (its meeting place is her initiative's) are hers to follow up, as a coordinator would. */
    @Test
    void sheFollowsUpTheLeadsOfHerWijk() {
        World w = world("volunteers.key_person_hours=10", "meeting_places.lead_conversion=1", "coordinators.recruit_rate=0", "volunteers.pool_share=1");
        Initiative ini = withKeyPersonAndOthers(w);
        District d = w.districts.get(0);
        int lead = residentOf(w, ini.wijk);
        w.residents.lead[lead] = true;
        d.leads.addLast(new District.Lead(lead, w.week));
        new Coordination().step(w);
        assertNotNull(w.residents.volunteer[lead]);
        assertEquals(ini, w.residents.volunteer[lead].initiative);
    }

    private static String[] concat(String[] a, String b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + 1);
        all[a.length] = b;
        return all;
    }
}
