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
 * ("Deze verbindingen ontstaan niet vanzelf", 002:220), coaches volunteers (000:289: coaching
 * "behoudt, versterkt en verduurzaamt") and recruits from a finite pool that other organisations
 * fish in too (000:281). Yearly funding eats hours in applications (002:569-571). Without a
 * coordinator, requests reach volunteers only through direct ties and recruitment nearly stops.
 */
public final class Coordination implements Mechanism {
    @Override
    public void step(World w) {
        for (District d : w.districts) {
            List<Coordinator> working = new ArrayList<>();
            for (Coordinator c : d.coordinators) if (c.isWorking(w.week)) working.add(c);
            if (working.isEmpty()) {
                matchThroughDirectTies(w, d);
                convertLeads(w, d, w.p.volunteers().selfRecruitRate());
                continue;
            }
            RandomOrder.shuffle(working, w.random);
            List<Volunteer> toCoach = districtVolunteers(d);
            RandomOrder.shuffle(toCoach, w.random);
            int coachNext = 0;
            for (Coordinator c : working) {
                double hours = w.p.coordinators().hours();
                if (w.p.funding().contract() == Parameters.Contract.YEARLY) hours -= w.p.funding().applicationHours();
                hours = matchRequests(w, d, hours);
                int before = coachNext;
                while (hours >= w.p.coordinators().coachHours() && coachNext < toCoach.size()) {
                    coach(w, c, toCoach.get(coachNext++));
                    hours -= w.p.coordinators().coachHours();
                }
                c.coachedLastWeek = coachNext - before;
                hours = followUpLeads(w, d, hours);
                recruit(w, d, Math.max(0, hours));
            }
        }
    }

    static List<Volunteer> districtVolunteers(District d) {
        List<Volunteer> all = new ArrayList<>();
        for (Initiative ini : d.initiatives) all.addAll(ini.volunteers);
        return all;
    }

    /** Matches requests in order while hours last; returns the hours left. */
    private static double matchRequests(World w, District d, double hours) {
        double cost = w.p.coordinators().matchHours();
        int maxLoad = w.p.volunteers().maxLoad();
        while (hours >= cost && !d.requests.isEmpty()) {
            Need n = d.requests.peekFirst();
            if (n.place != Need.Place.REQUESTED) {
                d.requests.pollFirst();
                continue;
            }
            Volunteer v = volunteerFor(w, d, n, maxLoad);
            if (v == null) break;
            d.requests.pollFirst();
            match(w, v, n);
            hours -= cost;
        }
        return hours;
    }

    /** A volunteer with room, from the resident's own wijk first. */
    private static Volunteer volunteerFor(World w, District d, Need n, int maxLoad) {
        int wijk = w.residents.wijk[n.resident];
        Volunteer best = null;
        for (Initiative ini : d.initiatives) {
            if (ini.wijk != wijk) continue;
            Volunteer v = freeVolunteer(ini.volunteers, maxLoad);
            if (v != null && (best == null || v.load() < best.load())) best = v;
        }
        if (best != null) return best;
        for (Initiative ini : d.initiatives) {
            Volunteer v = freeVolunteer(ini.volunteers, maxLoad);
            if (v != null && (best == null || v.load() < best.load())) best = v;
        }
        return best;
    }

    /** The least loaded volunteer with room for one more match (the first of equals), or null. */
    static Volunteer freeVolunteer(List<Volunteer> volunteers, int maxLoad) {
        Volunteer best = null;
        for (int i = 0, n = volunteers.size(); i < n; i++) {
            Volunteer v = volunteers.get(i);
            if (v.load() < maxLoad && (best == null || v.load() < best.load())) {
                best = v;
                if (v.load() == 0) break; // nobody is less loaded than idle
            }
        }
        return best;
    }

    static void match(World w, Volunteer v, Need n) {
        w.match(v, n);
    }

    /** 000:289: coaching raises motivation and the volunteer's tie to her coordinator. */
    static void coach(World w, Coordinator c, Volunteer v) {
        double effect = w.p.coordinators().coachingEffect();
        v.motivation += effect * (1 - v.motivation);
        v.coordinatorTie += 0.5 * (1 - v.coordinatorTie);
        v.coach = c;
        v.coachedThisWeek = true;
    }

    /** Leads from meeting places come to the coordinator: a conversation each, as long as hours last (001:909-913). */
    private static double followUpLeads(World w, District d, double hours) {
        double cost = w.p.coordinators().matchHours();
        while (hours >= cost && !d.leads.isEmpty() && d.poolLeft() > 0) {
            District.Lead lead = d.leads.pollFirst();
            w.residents.lead[lead.resident()] = false;
            hours -= cost;
            if (w.residents.volunteer[lead.resident()] == null && w.random.nextDouble() < w.p.meetingPlaces().leadConversion()) join(w, d, lead.resident());
        }
        return hours;
    }

    /** 000:281: recruitment from the pool; other organisations take a share of the successes. */
    private static void recruit(World w, District d, double hours) {
        MersenneTwisterFast r = w.random;
        int attempts = RandomOrder.events(hours * w.p.coordinators().recruitRate(), r);
        Parameters.Volunteers vp = w.p.volunteers();
        for (int i = 0; i < attempts && d.poolLeft() > 0; i++) {
            double poolFull = d.poolSize == 0 ? 0 : (double) d.poolLeft() / d.poolSize;
            if (r.nextDouble() >= (1 - vp.competition()) * poolFull) continue;
            int resident = d.firstResident + r.nextInt(d.residentCount);
            if (w.residents.volunteer[resident] == null) join(w, d, resident);
        }
    }

    /** Without a coordinator, leads become volunteers only now and then. */
    private static void convertLeads(World w, District d, double rate) {
        int n = d.leads.size();
        for (int i = 0; i < n; i++) {
            District.Lead lead = d.leads.pollFirst();
            if (w.residents.volunteer[lead.resident()] != null) continue;
            if (w.random.nextDouble() < rate && d.poolLeft() > 0) {
                w.residents.lead[lead.resident()] = false;
                join(w, d, lead.resident());
            } else {
                d.leads.addLast(lead);
            }
        }
    }

    private static void join(World w, District d, int resident) {
        Initiative ini = WorldBuilder.initiativeFor(d, w.residents.wijk[resident], w.random);
        w.addVolunteer(resident, ini, 0.6 + 0.3 * w.random.nextDouble());
    }

    /** Without a coordinator a request is met only if the resident knows a volunteer with room. */
    private static void matchThroughDirectTies(World w, District d) {
        ResidentNetwork net = w.network;
        int maxLoad = w.p.volunteers().maxLoad();
        double chance = w.p.coordinators().directTieChance();
        for (Need n : d.requests) {
            if (n.place != Need.Place.REQUESTED) continue;
            int deg = net.degree(n.resident);
            for (int k = 0; k < deg; k++) {
                Volunteer v = w.residents.volunteer[net.neighbour(n.resident, k)];
                if (v != null && v.load() < maxLoad && w.random.nextDouble() < chance) {
                    match(w, v, n);
                    break;
                }
            }
        }
    }
}
