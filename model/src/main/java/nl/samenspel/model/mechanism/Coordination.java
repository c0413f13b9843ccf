package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import nl.samenspel.model.WorldBuilder;
import nl.samenspel.model.network.ResidentNetwork;

/**
 * Step 6, Coordination: each coordinator, within her hours, matches open requests to volunteers
 * ("Deze verbindingen ontstaan niet vanzelf", 002:220); coaches volunteers with the hours left
 * (000:289: coaching "behoudt, versterkt en verduurzaamt"): newcomers, setbacks, then routine
 * check-ins, so when hours are short some go uncoached that week; follows up leads; and recruits
 * through residents' ties and meeting places from a finite pool that other organisations fish in too
 * (000:281): each week they draw free pool members as well. Yearly funding eats hours in
 * applications (002:569-571). Without a coordinator, each initiative's key person carries on in
 * her own circle ({@link KeyPersons}, 002:474); beyond that, requests reach volunteers only through
 * direct ties and leads join only now and then.
 */
public final class Coordination implements Mechanism {
    /** What a district's week starts from: its working coordinators and its volunteers, each in random order, and who needs coaching. */
    private record Start(List<Coordinator> working, List<Volunteer> volunteers, CoachingQueue toCoach) {}

    /** Per district: its volunteers this week, a list kept from week to week (districts may run at once). */
    private final List<List<Volunteer>> byDistrict = new ArrayList<>();
    /** Per district: the initiatives' picks while a coordinator matches ({@link Picks}), kept from week to week. */
    private final List<Picks> picksByDistrict = new ArrayList<>();

    @Override
    public void step(World w) {
        // A district's coordinators, volunteers, requests, leads and pool are its own: districts in
        // parallel. Recruits are numbered and entered in the world's lists after all districts
        // are done, in district order ({@link World#addVolunteer}).
        while (byDistrict.size() < w.districts.size()) byDistrict.add(new ArrayList<>());
        while (picksByDistrict.size() < w.districts.size()) picksByDistrict.add(new Picks());
        w.forEachDistrict(d -> week(w, d, start(w, d, byDistrict.get(d.id)), picksByDistrict.get(d.id)));
    }

    private static void week(World w, District d, Start start, Picks picks) {
        List<Coordinator> working = start.working();
        if (working.isEmpty()) {
            KeyPersons.step(w, d);
            matchThroughDirectTies(w, d);
            convertLeads(w, d, w.p.volunteers().selfRecruitRate());
            return;
        }
        for (int k = 0; k < working.size(); k++) {
            Coordinator c = working.get(k);
            double hours = w.p.coordinators().hours();
            if (w.p.funding().contract() == Parameters.Contract.YEARLY) hours -= w.p.funding().applicationHours();
            hours = matchRequests(w, d, hours, picks);
            hours = coachHerVolunteers(w, c, k, start.toCoach(), hours);
            hours = followUpLeads(w, d, hours);
            recruit(w, d, start.volunteers(), Math.max(0, hours));
        }
    }

    private static Start start(World w, District d, List<Volunteer> scratch) {
        competingDraw(w, d);
        List<Coordinator> working = new ArrayList<>();
        for (Coordinator c : d.coordinators) if (c.isWorking(w.week)) working.add(c);
        if (working.isEmpty()) return new Start(working, List.of(), null);
        RandomOrder.shuffle(working, d.random());
        List<Volunteer> volunteers = districtVolunteers(d, scratch);
        RandomOrder.shuffle(volunteers, d.random());
        return new Start(working, volunteers, new CoachingQueue(working, whoNeedsCoaching(volunteers, w.week, w.p.coordinators().supportWeeks())));
    }

    /** The district's volunteers, initiative by initiative, into {@code into} (emptied first): a list reused week to week. */
    static List<Volunteer> districtVolunteers(District d, List<Volunteer> into) {
        into.clear();
        for (int i = 0, n = d.initiatives.size(); i < n; i++) {
            List<Volunteer> vs = d.initiatives.get(i).volunteers;
            for (int k = 0, m = vs.size(); k < m; k++) into.add(vs.get(k));
        }
        return into;
    }

    /**
     * 000:287-289, "Je moet er zijn als ze je nodig hebben" and coaching, "begeleiding en
     * ondersteuning" that keep volunteers: a coordinator coaches, as far as her hours go, newcomers
     * first (their first conversation), then those with a setback in the last weeks, the largest
     * first, then those due a routine check-in (not coached for {@code supportWeeks} weeks), the
     * longest ago first; equals in the random order given. A volunteer in none of these is not
     * coached that week, and her tie to the coordinator fades.
     */
    static List<Volunteer> whoNeedsCoaching(List<Volunteer> volunteers, int week, int supportWeeks) {
        int size = volunteers.size();
        List<Volunteer> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) if (volunteers.get(i).neverCoached()) out.add(volunteers.get(i));
        List<Volunteer> setback = new ArrayList<>(), due = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Volunteer v = volunteers.get(i);
            if (v.neverCoached()) continue;
            if (v.recentSetback() > 0) setback.add(v);
            else if (week - v.lastCoachedWeek >= supportWeeks) due.add(v);
        }
        setback.sort(LARGEST_SETBACK_FIRST);
        due.sort(LONGEST_AGO_FIRST);
        out.addAll(setback);
        out.addAll(due);
        return out;
    }

    private static final java.util.Comparator<Volunteer> LARGEST_SETBACK_FIRST = java.util.Comparator.comparingDouble(Volunteer::recentSetback).reversed();
    private static final java.util.Comparator<Volunteer> LONGEST_AGO_FIRST = java.util.Comparator.comparingInt(v -> v.lastCoachedWeek);

    /**
     * She coaches, in the order of need, her own volunteers and those who have no coordinator yet
     * (newcomers, or those whose coordinator left), who become hers: the relation with the
     * coordinator is with one person (Forner, Holtrop et al.), so a colleague's volunteers are
     * left to that colleague, also while her post waits for a late funding decision (002:363).
     */
    private static double coachHerVolunteers(World w, Coordinator c, int k, CoachingQueue toCoach, double hours) {
        double cost = w.p.coordinators().coachHours();
        while (hours >= cost) {
            Volunteer v = toCoach.next(k);
            if (v == null) break;
            coach(w, c, v);
            hours -= cost;
        }
        return hours;
    }

    /** Matches requests in order while hours last; returns the hours left. */
    private static double matchRequests(World w, District d, double hours, Picks picks) {
        double cost = w.p.coordinators().matchHours();
        int maxLoad = w.p.volunteers().maxLoad();
        picks.forget(d.initiatives.size());
        while (hours >= cost && !d.requests.isEmpty()) {
            Need n = d.requests.peekFirst();
            if (n.place() != Need.Place.REQUESTED) {
                d.requests.pollFirst();
                continue;
            }
            Volunteer v = volunteerFor(w, d, n, maxLoad, picks);
            if (v == null) break;
            d.requests.pollFirst();
            match(w, v, n);
            picks.matched(v);
            hours -= cost;
        }
        return hours;
    }

    /**
     * Each initiative's two picks ({@link #withTimeToSpare}, {@link #freeVolunteer}), as index into
     * its volunteers, worked out when first asked for and kept while one coordinator matches. A
     * match raises one volunteer's load and changes nothing else, so only an initiative whose pick
     * she was can pick anew: a volunteer made busier who was nobody's pick leaves every least
     * loaded one where she was, and nobody new gets room. The same picks as scanning every
     * initiative's volunteers for every request, which a city's coordinators did about 530 million
     * times a decade. Ints, not references: stores of references into an old array cost G1 cards.
     */
    static final class Picks {
        private static final int UNKNOWN = -2, NOBODY = -1;
        /** Per initiative: the pick's index in its volunteers, {@link #NOBODY} or {@link #UNKNOWN}; and her resident. */
        private int[] withTime = new int[0], free = new int[0], withTimeResident = new int[0], freeResident = new int[0];
        private int size;

        /** A coordinator starts matching: every pick is to be worked out anew. */
        void forget(int initiatives) {
            if (withTime.length < initiatives) {
                withTime = new int[initiatives];
                free = new int[initiatives];
                withTimeResident = new int[initiatives];
                freeResident = new int[initiatives];
            }
            size = initiatives;
            java.util.Arrays.fill(withTime, 0, size, UNKNOWN);
            java.util.Arrays.fill(free, 0, size, UNKNOWN);
        }

        /** Initiative {@code i}'s least loaded volunteer, with the free hours for one more match or, if not {@code withTime}, with room under the most she takes. */
        Volunteer of(World w, int i, Initiative ini, boolean withTime, int maxLoad) {
            int[] pick = withTime ? this.withTime : free;
            if (pick[i] == UNKNOWN) {
                int k = withTime ? withTimeToSpareAt(w, ini.volunteers) : freeVolunteerAt(ini.volunteers, maxLoad);
                pick[i] = k;
                if (k >= 0) (withTime ? withTimeResident : freeResident)[i] = ini.volunteers.get(k).resident;
            }
            return pick[i] == NOBODY ? null : ini.volunteers.get(pick[i]);
        }

        /** {@code v} took one more match: the picks that were she are to be worked out again. */
        void matched(Volunteer v) {
            for (int i = 0; i < size; i++) {
                if (withTime[i] >= 0 && withTimeResident[i] == v.resident) withTime[i] = UNKNOWN;
                if (free[i] >= 0 && freeResident[i] == v.resident) free[i] = UNKNOWN;
            }
        }
    }

    /**
     * 002:220, she makes the match: first a volunteer whose free hours take one more match, from
     * the resident's own wijk first (matching volunteers to what they can give is the core of
     * volunteer management, Hager &amp; Brudney 2004); only when nobody has the time, the least
     * loaded under {@code max_load}, who is then asked more than her free hours (000:281, "veel
     * gevraagd en vaak fors belast").
     */
    private static Volunteer volunteerFor(World w, District d, Need n, int maxLoad, Picks picks) {
        Volunteer v = ownWijkFirst(w, d, n, picks, true, maxLoad);
        return v != null ? v : ownWijkFirst(w, d, n, picks, false, maxLoad);
    }

    /** The least loaded of the initiatives' picks, from the resident's own wijk first. */
    private static Volunteer ownWijkFirst(World w, District d, Need n, Picks picks, boolean withTime, int maxLoad) {
        int wijk = w.residents.wijk[n.resident];
        List<Initiative> initiatives = d.initiatives;
        Volunteer best = null;
        for (int i = 0, m = initiatives.size(); i < m; i++) {
            Initiative ini = initiatives.get(i);
            if (ini.wijk != wijk) continue;
            Volunteer v = picks.of(w, i, ini, withTime, maxLoad);
            if (v != null && (best == null || v.load() < best.load())) best = v;
        }
        if (best != null) return best;
        for (int i = 0, m = initiatives.size(); i < m; i++) {
            Volunteer v = picks.of(w, i, initiatives.get(i), withTime, maxLoad);
            if (v != null && (best == null || v.load() < best.load())) best = v;
        }
        return best;
    }

    /** The least loaded volunteer (first of equals) whose free hours take one more match within the most she takes, or null. */
    static Volunteer withTimeToSpare(World w, List<Volunteer> volunteers) {
        int k = withTimeToSpareAt(w, volunteers);
        return k < 0 ? null : volunteers.get(k);
    }

    /** The least loaded volunteer with room for one more match (the first of equals), or null. */
    static Volunteer freeVolunteer(List<Volunteer> volunteers, int maxLoad) {
        int k = freeVolunteerAt(volunteers, maxLoad);
        return k < 0 ? null : volunteers.get(k);
    }

    /** Where {@link #withTimeToSpare}'s volunteer is in {@code volunteers}, or -1. */
    private static int withTimeToSpareAt(World w, List<Volunteer> volunteers) {
        Parameters.Volunteers vp = w.p.volunteers();
        return leastLoaded(volunteers, vp.maxLoad(), w.residents.freeHours, vp.hoursPerMatch());
    }

    /** Where {@link #freeVolunteer}'s volunteer is in {@code volunteers}, or -1. */
    private static int freeVolunteerAt(List<Volunteer> volunteers, int maxLoad) {
        return leastLoaded(volunteers, maxLoad, null, 0);
    }

    /**
     * Where in {@code volunteers} the least loaded one under {@code maxLoad} is (the first of
     * equals), and, given her free hours, only one whose hours take one more match of
     * {@code perMatch}; or -1.
     */
    private static int leastLoaded(List<Volunteer> volunteers, int maxLoad, float[] freeHours, double perMatch) {
        int best = -1, bestLoad = Integer.MAX_VALUE;
        for (int i = 0, n = volunteers.size(); i < n; i++) {
            Volunteer v = volunteers.get(i);
            int load = v.load();
            if (load >= maxLoad || load >= bestLoad) continue;
            if (freeHours != null && (load + 1) * perMatch > freeHours[v.resident]) continue;
            best = i;
            bestLoad = load;
            if (load == 0) break; // nobody is less loaded than idle
        }
        return best;
    }

    static void match(World w, Volunteer v, Need n) {
        w.match(v, n);
    }

    /**
     * 000:289: coaching raises motivation and the volunteer's tie to whoever coaches her ({@code c},
     * or null for her initiative's key person), towards the strongest this relation can be: drawn
     * when the relation begins, 1 minus {@code relation_spread} times a uniform draw (leader-member
     * exchange differs between a leader's members, Graen &amp; Uhl-Bien 1995), from her district's stream.
     */
    static void coach(World w, Coordinator c, Volunteer v) {
        Parameters.Coordinators cp = w.p.coordinators();
        if (v.relationPending()) v.beginRelation(relationCeiling(cp, v.initiative.district.random()));
        v.coachedBy(c, w.week, cp.coachingEffect(), cp.coachingTieGain());
        relieve(w, v);
    }

    /**
     * 000:287, "Je moet er zijn als ze je nodig hebben": a volunteer asked more than her free hours
     * takes it to whoever coaches her (the advice of Universiteit voor Humanistiek 2018), who takes
     * back her newest matches until the rest fit her hours; they go back to be matched again.
     */
    static void relieve(World w, Volunteer v) {
        while (!v.matches.isEmpty() && Helping.overloaded(w, v)) {
            w.releaseHelper(v.matches.remove(v.matches.size() - 1));
        }
    }

    /** The strongest tie a relation that begins now can reach. */
    public static double relationCeiling(Parameters.Coordinators cp, MersenneTwisterFast r) {
        return 1 - cp.relationSpread() * r.nextDouble();
    }

    /**
     * 000:281: other organisations fish in the same pool. Each week each free pool member not
     * volunteering here is recruited elsewhere with the competing rate, and each one away comes
     * back free with the leaving rate (drawn as that many random members, so a week costs as much
     * as its events, not as the pool).
     */
    static void competingDraw(World w, District d) {
        int size = d.pool.length;
        if (size == 0) return;
        Parameters.Volunteers vp = w.p.volunteers();
        MersenneTwisterFast r = d.random();
        byte[] status = w.residents.poolStatus;
        for (int i = RandomOrder.events(size * vp.competingRecruitRate(), r); i > 0; i--) {
            int resident = d.pool[r.nextInt(size)];
            if (w.residents.recruitable(resident)) status[resident] = nl.samenspel.model.Residents.POOL_AWAY;
        }
        for (int i = RandomOrder.events(size * vp.competingLeaveRate(), r); i > 0; i--) {
            int resident = d.pool[r.nextInt(size)];
            if (status[resident] == nl.samenspel.model.Residents.POOL_AWAY) status[resident] = nl.samenspel.model.Residents.POOL_FREE;
        }
    }

    /** Leads come to the coordinator: a conversation each, as long as hours last (001:909-913). */
    private static double followUpLeads(World w, District d, double hours) {
        double cost = w.p.coordinators().leadHours();
        while (hours >= cost && !d.leads.isEmpty()) {
            District.Lead lead = d.leads.pollFirst();
            w.residents.lead[lead.resident()] = false;
            hours -= cost;
            if (w.residents.recruitable(lead.resident()) && d.random().nextDouble() < w.p.meetingPlaces().leadConversion()) join(w, d, lead.resident());
        }
        return hours;
    }

    /**
     * 000:281, recruitment "through residents' ties": each attempt asks a current volunteer to bring
     * in someone she knows; a network neighbour of hers who is a free member of the pool becomes a
     * lead (the coordinator follows leads up in a later week). No volunteers, no ties to recruit through.
     */
    private static void recruit(World w, District d, List<Volunteer> volunteers, double hours) {
        MersenneTwisterFast r = d.random();
        int attempts = RandomOrder.events(hours * w.p.coordinators().recruitRate(), r);
        if (volunteers.isEmpty()) return;
        ResidentNetwork net = w.network;
        for (int i = 0; i < attempts; i++) {
            Volunteer asked = volunteers.get(r.nextInt(volunteers.size()));
            int deg = net.degree(asked.resident), found = 0, pick = -1;
            for (int k = 0; k < deg; k++) {
                int nb = net.neighbour(asked.resident, k);
                // One of the willing acquaintances, each as likely (reservoir sampling).
                if (w.residents.recruitable(nb) && !w.residents.lead[nb] && r.nextInt(++found) == 0) pick = nb;
            }
            if (pick < 0 || w.districtOf(pick) != d) continue;
            w.residents.lead[pick] = true;
            d.leads.addLast(new District.Lead(pick, w.week));
            w.tally(d).count(Outcome.VOLUNTEER_LEADS_TIES, 1);
        }
    }

    /** Without a coordinator, leads become volunteers only now and then; a lead no longer free is dropped. */
    private static void convertLeads(World w, District d, double rate) {
        int n = d.leads.size();
        for (int i = 0; i < n; i++) {
            District.Lead lead = d.leads.pollFirst();
            if (!w.residents.recruitable(lead.resident())) {
                w.residents.lead[lead.resident()] = false;
                continue;
            }
            if (d.random().nextDouble() < rate) {
                w.residents.lead[lead.resident()] = false;
                join(w, d, lead.resident());
            } else {
                d.leads.addLast(lead);
            }
        }
    }

    private static void join(World w, District d, int resident) {
        join(w, WorldBuilder.initiativeFor(d, w.residents.wijk[resident], d.random()), resident);
    }

    /** A recruit joins {@code ini} with a motivation drawn in the recruits' range (also for a key person's recruits). */
    static void join(World w, Initiative ini, int resident) {
        Parameters.Volunteers vp = w.p.volunteers();
        w.addVolunteer(resident, ini, vp.recruitMotivationLow() + (vp.recruitMotivationHigh() - vp.recruitMotivationLow()) * ini.district.random().nextDouble());
    }

    /** Without a coordinator a request is met only if the resident knows a volunteer with room. */
    private static void matchThroughDirectTies(World w, District d) {
        ResidentNetwork net = w.network;
        int maxLoad = w.p.volunteers().maxLoad();
        double chance = w.p.coordinators().directTieChance();
        for (Need n : d.requests) {
            if (n.place() != Need.Place.REQUESTED) continue;
            int deg = net.degree(n.resident);
            for (int k = 0; k < deg; k++) {
                Volunteer v = w.residents.volunteer[net.neighbour(n.resident, k)];
                if (v != null && v.load() < maxLoad && d.random().nextDouble() < chance) {
                    match(w, v, n);
                    break;
                }
            }
        }
    }
}
