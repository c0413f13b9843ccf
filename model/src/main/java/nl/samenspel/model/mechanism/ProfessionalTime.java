package nl.samenspel.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Actor;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Professional;
import nl.samenspel.model.World;

/**
 * Step 9, Professional time: community hours = hours - casework - admin, never below zero, or the
 * protected field hours (001:643). Community hours create and strengthen ties with coordinators,
 * volunteers and key figures (004:297: "meer communitywork-uren en meer presentie"); ties decay.
 */
public final class ProfessionalTime implements Mechanism {
    @Override
    public void step(World w) {
        Parameters.Wijkteam t = w.p.wijkteam();
        Parameters.Ties tp = w.p.ties();
        for (District d : w.districts) {
            List<Actor> informal = informalActors(w, d);
            for (Professional p : d.team) {
                if (!p.isWorking(w.week)) continue;
                p.communityHours = communityHours(t, p);
                p.caseworkHours = p.liaison ? 0 : p.cases.size() * t.hoursPerCase();
                w.tally().ratio(Outcome.COMMUNITY_HOURS_SHARE, p.communityHours, t.hours());
                w.tally().ratio(Outcome.HOURS_PER_ANSWERED_NEED, t.hours(), 0);
                w.tally().ratio(Outcome.PROFESSIONAL_HOURS_PER_ANSWERED_NEED, t.hours(), 0);
                if (!p.liaison) w.tally().ratio(Outcome.CASES_PER_PROFESSIONAL, p.cases.size(), 1);
                if (informal.isEmpty()) continue;
                int contacts = RandomOrder.events(p.communityHours * tp.contactsPerCommunityHour(), w.random);
                for (int i = 0; i < contacts; i++) {
                    w.ties.contact(p, informal.get(w.random.nextInt(informal.size())), tp.growth());
                }
            }
        }
        w.ties.decay(tp.decay(), tp.dropBelow());
    }

    /** Never below zero; a liaison spends all her non-admin hours in the field. */
    public static double communityHours(Parameters.Wijkteam t, Professional p) {
        double admin = t.adminShare() * t.hours();
        if (p.liaison) return t.hours() - admin;
        double left = t.hours() - admin - p.cases.size() * t.hoursPerCase();
        return Math.max(t.protectedFieldHours(), Math.max(0, left));
    }

    private static List<Actor> informalActors(World w, District d) {
        List<Actor> all = new ArrayList<>();
        for (Coordinator c : d.coordinators) if (c.isWorking(w.week)) all.add(c);
        for (Initiative ini : d.initiatives) {
            if (ini.keyPerson != null) all.add(ini);
            all.addAll(ini.volunteers);
        }
        return all;
    }
}
