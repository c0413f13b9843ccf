package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.World;

/**
 * Step 11, Meeting places create resident-resident ties and volunteer leads (001:909-913,
 * 000:144): visitors from the wijk's pool who show interest, followed up by a coordinator;
 * closed ones (001:879-880) create neither.
 */
public final class MeetingPlaces implements Mechanism {
    @Override
    public void step(World w) {
        double ties = w.p.meetingPlaces().tiesPerWeek();
        double leads = w.p.meetingPlaces().leadsPerWeek();
        for (District d : w.districts) {
            MersenneTwisterFast r = d.random();
            dropColdLeads(w, d);
            for (Initiative ini : d.initiatives) {
                if (!ini.meetingPlaceOpen) continue;
                int first = w.residents.wijkStart[ini.wijk];
                int size = w.residents.wijkStart[ini.wijk + 1] - first;
                for (int i = RandomOrder.events(ties, r); i > 0; i--) {
                    if (w.network.addTie(first + r.nextInt(size), first + r.nextInt(size))) w.tally().count(Outcome.RESIDENT_TIES_NEW, 1);
                }
                // A visitor who shows interest is one of the wijk's residents who would volunteer (the pool, 000:281).
                int[] range = d.poolRange(first, first + size);
                for (int i = RandomOrder.events(leads, r); i > 0; i--) {
                    if (range[1] == range[0]) break;
                    int resident = d.pool[range[0] + r.nextInt(range[1] - range[0])];
                    if (!w.residents.recruitable(resident) || w.residents.lead[resident]) continue;
                    w.residents.lead[resident] = true;
                    d.leads.addLast(new District.Lead(resident, w.week));
                    w.tally().count(Outcome.VOLUNTEER_LEADS, 1);
                }
            }
        }
    }

    /** Interest not followed up within the lead weeks goes cold. */
    private static void dropColdLeads(World w, District d) {
        int weeks = w.p.meetingPlaces().leadWeeks();
        while (!d.leads.isEmpty() && w.week - d.leads.peekFirst().week() >= weeks) {
            w.residents.lead[d.leads.pollFirst().resident()] = false;
        }
    }
}
