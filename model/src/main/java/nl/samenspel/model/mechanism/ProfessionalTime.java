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
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.Wijkteam;
import nl.samenspel.model.World;

/**
 * Step 9, Professional time: community hours = hours - casework - admin, never below zero, or the
 * protected field hours (001:643). Community hours create and strengthen ties with coordinators,
 * volunteers and key figures (004:297: "meer communitywork-uren en meer presentie"); ties decay.
 * A professional's informal partners are those of her own wijkteam: the coordinators who work
 * alongside it and the initiatives and volunteers of the residents it serves.
 */
public final class ProfessionalTime implements Mechanism {
    @Override
    public void step(World w) {
        Parameters.Wijkteam t = w.p.wijkteam();
        Parameters.Ties tp = w.p.ties();
        for (District d : w.districts) {
            for (Wijkteam team : d.teams) {
                List<Actor> informal = informalActors(w, d, team);
                for (Professional p : team.members) {
                    if (!p.isWorking(w.week)) continue;
                    p.communityHours = communityHours(t, p);
                    p.caseworkHours = p.liaison ? 0 : p.cases.size() * t.hoursPerCase();
                    w.tally().ratio(Outcome.COMMUNITY_HOURS_SHARE, p.communityHours, t.hours());
                    if (!p.liaison) w.tally().ratio(Outcome.CASES_PER_PROFESSIONAL, p.cases.size(), 1);
                    if (informal.isEmpty()) continue;
                    int contacts = RandomOrder.events(p.communityHours * tp.contactsPerCommunityHour(), w.random);
                    for (int i = 0; i < contacts; i++) {
                        w.ties.contact(p, informal.get(w.random.nextInt(informal.size())), tp.growth());
                    }
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

    /** The team's informal partners: its coordinators, and the initiatives and volunteers of its residents. */
    static List<Actor> informalActors(World w, District d, Wijkteam team) {
        List<Actor> all = new ArrayList<>();
        for (Coordinator c : d.coordinators) if (c.isWorking(w.week) && (c.team == team || d.teams.size() == 1)) all.add(c);
        int[] wijkStart = w.residents.wijkStart;
        for (Initiative ini : d.initiatives) {
            if (!team.overlaps(wijkStart[ini.wijk], wijkStart[ini.wijk + 1])) continue;
            if (ini.keyPerson != null) all.add(ini);
            for (Volunteer v : ini.volunteers) if (team.serves(v.resident)) all.add(v);
        }
        return all;
    }
}
