package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import nl.samenspel.model.network.ResidentNetwork;

/**
 * Step 6 where no paid coordinator works: each initiative's key person carries on (the "Best
 * Persons" of 002:474, "betrokken en ondernemend ... hebben vaak ook een goed netwerk"), with the
 * hours a volunteer gives. She matches her wijk's requests to her own initiative's volunteers,
 * keeps them going as a coordinator would (the same order of who needs it), talks to the leads of
 * her wijk (its meeting place is her initiative's, 001:909-913) and asks people of her own circle
 * to join. Her fellow volunteers' tie is then to her; it goes when she leaves
 * ({@link World#quit}), and with it much of what keeps the initiative going (002:474: "als deze
 * Best Persons stopt, wie borgt dan de essentie van het project").
 */
final class KeyPersons {
    private KeyPersons() {}

    static void step(World w, District d) {
        for (Initiative ini : d.initiatives) {
            Volunteer key = ini.keyPerson;
            if (key == null || !key.active) continue;
            double hours = w.p.volunteers().keyPersonHours();
            hours = matchInHerWijk(w, d, ini, hours);
            hours = keepThemGoing(w, ini, key, hours);
            hours = followUpLeadsOfHerWijk(w, d, ini, hours);
            askHerCircle(w, d, ini, key, hours);
        }
    }

    /**
     * Requests from her wijk, oldest first, to the least loaded of her initiative's volunteers who
     * still has the free hours for it: she knows her people and asks only those who have the time
     * (assumed: a fellow volunteer asks, she does not press; the paid coordinator asks those with time first too, but when nobody has it she asks more of someone, Coordination).
     */
    private static double matchInHerWijk(World w, District d, Initiative ini, double hours) {
        double cost = w.p.coordinators().matchHours();
        for (Need n : d.requests) {
            if (hours < cost) break;
            if (n.place() != Need.Place.REQUESTED || w.residents.wijk[n.resident] != ini.wijk) continue;
            Volunteer v = Coordination.withTimeToSpare(w, ini.volunteers);
            if (v == null) break;
            w.match(v, n);
            hours -= cost;
        }
        return hours;
    }

    private static double keepThemGoing(World w, Initiative ini, Volunteer key, double hours) {
        Parameters.Coordinators cp = w.p.coordinators();
        List<Volunteer> others = new ArrayList<>(ini.volunteers);
        others.remove(key);
        RandomOrder.shuffle(others, ini.district.random());
        for (Volunteer v : Coordination.whoNeedsCoaching(others, w.week, cp.supportWeeks())) {
            if (hours < cp.coachHours()) break;
            Coordination.coach(w, null, v);
            hours -= cp.coachHours();
        }
        return hours;
    }

    /** A lead from her wijk is a conversation, as with a coordinator; one who is no longer free is dropped. */
    private static double followUpLeadsOfHerWijk(World w, District d, Initiative ini, double hours) {
        double cost = w.p.coordinators().leadHours();
        for (java.util.Iterator<District.Lead> it = d.leads.iterator(); it.hasNext() && hours >= cost; ) {
            int resident = it.next().resident();
            if (w.residents.wijk[resident] != ini.wijk) continue;
            it.remove();
            w.residents.lead[resident] = false;
            hours -= cost;
            if (w.residents.recruitable(resident) && d.random().nextDouble() < w.p.meetingPlaces().leadConversion()) Coordination.join(w, ini, resident);
        }
        return hours;
    }

    /** Each attempt asks one acquaintance of hers who would volunteer (000:281: the same pool); she joins her initiative at once or not. */
    private static void askHerCircle(World w, District d, Initiative ini, Volunteer key, double hours) {
        MersenneTwisterFast r = d.random();
        ResidentNetwork net = w.network;
        int attempts = RandomOrder.events(hours * w.p.coordinators().recruitRate(), r);
        int deg = net.degree(key.resident);
        for (int i = 0; i < attempts && deg > 0; i++) {
            int nb = net.neighbour(key.resident, r.nextInt(deg));
            if (!w.residents.recruitable(nb) || w.districtOf(nb) != d) continue;
            if (r.nextDouble() < w.p.meetingPlaces().leadConversion()) Coordination.join(w, ini, nb);
        }
    }
}
