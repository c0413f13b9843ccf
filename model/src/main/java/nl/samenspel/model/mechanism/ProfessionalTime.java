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
 * A professional's informal partners are those of her own wijkteam, and among them those of her
 * own part of its area (her patch: the team's residents shared out over its caseworkers): the
 * coordinators who work alongside the team, and the initiatives and volunteers of her patch.
 * Professionals know informal parties through a few specific personal contacts (004:90), so what
 * one of them can get to know does not grow with the size of the district or team; a liaison
 * covers the whole team area (001:235-238).
 */
public final class ProfessionalTime implements Mechanism {
    @Override
    public void step(World w) {
        Parameters.Wijkteam t = w.p.wijkteam();
        Parameters.Ties tp = w.p.ties();
        // Who each professional can get to know only reads the district: districts in parallel; the contacts (shared ties) after, in order.
        List<List<List<List<Actor>>>> byTeam = new ArrayList<>(java.util.Collections.nCopies(w.districts.size(), null));
        w.forEachDistrict(d -> {
            List<List<List<Actor>>> teams = new ArrayList<>(d.teams.size());
            for (Wijkteam team : d.teams) teams.add(informalActors(w, d, team));
            byTeam.set(d.id, teams);
        });
        for (District d : w.districts) {
            for (int k = 0; k < d.teams.size(); k++) {
                Wijkteam team = d.teams.get(k);
                List<List<Actor>> patches = byTeam.get(d.id).get(k);
                int caseworker = 0;
                for (Professional p : team.members) {
                    List<Actor> informal = patches.get(p.liaison ? patches.size() - 1 : caseworker++);
                    if (!p.isWorking(w.week)) continue;
                    p.communityHours = communityHours(t, p);
                    p.caseworkHours = p.liaison ? 0 : p.cases.size() * t.hoursPerCase();
                    w.tally().ratio(Outcome.COMMUNITY_HOURS_SHARE, p.communityHours, t.hours());
                    if (!p.liaison) w.tally().ratio(Outcome.CASES_PER_PROFESSIONAL, p.cases.size(), 1);
                    if (informal.isEmpty()) continue;
                    int contacts = RandomOrder.events(p.communityHours * tp.contactsPerCommunityHour(), d.random());
                    for (int i = 0; i < contacts; i++) w.ties.contact(p, whomSheSees(w, d, p, informal), tp.growth());
                }
            }
        }
        w.ties.decay(tp.decay(), tp.dropBelow());
    }

    /**
     * 004:90, ties "gebaseerd op enkele specifieke contacten tussen personen met een 'onderlinge
     * klik'": a contact goes to someone she already knows, in proportion to how well she knows
     * them, or, with the weight of one full tie, to someone of her patch drawn at random. So a tie
     * she has no time for fades, and how many she keeps depends on her community hours, not only
     * on how many partners her patch holds.
     */
    static Actor whomSheSees(World w, District d, Professional p, List<Actor> patch) {
        double u = d.random().nextDouble() * (1 + w.ties.strengthOf(p));
        if (u >= 1) {
            u -= 1;
            for (nl.samenspel.model.network.SamenspelTie t : w.ties.graph().edgesOf(p)) {
                u -= w.ties.weight(t);
                if (u < 0) return w.ties.other(t, p);
            }
        }
        return patch.get(d.random().nextInt(patch.size()));
    }

    /** Never below zero; a liaison spends all her non-admin hours in the field. */
    public static double communityHours(Parameters.Wijkteam t, Professional p) {
        double admin = t.adminShare() * t.hours();
        if (p.liaison) return t.hours() - admin;
        double left = t.hours() - admin - p.cases.size() * t.hoursPerCase();
        return Math.max(t.protectedFieldHours(), Math.max(0, left));
    }

    /**
     * The informal partners of each caseworker's patch, in member order, and last those of the
     * whole team area (for a liaison): the team's working coordinators, then each initiative of the
     * area with its volunteers who live there.
     */
    static List<List<Actor>> informalActors(World w, District d, Wijkteam team) {
        int caseworkers = 0;
        for (Professional p : team.members) if (!p.liaison) caseworkers++;
        int[] bound = new int[caseworkers + 1];
        for (int k = 0; k <= caseworkers; k++) bound[k] = team.firstResident + (int) ((long) team.residentCount * k / Math.max(1, caseworkers));
        List<List<Actor>> patches = new ArrayList<>(caseworkers + 1);
        for (int k = 0; k <= caseworkers; k++) patches.add(new ArrayList<>());
        List<Actor> whole = patches.get(caseworkers);
        for (Coordinator c : d.coordinators) {
            if (!c.isWorking(w.week) || c.team != team && d.teams.size() > 1) continue;
            for (List<Actor> patch : patches) patch.add(c);
        }
        int[] wijkStart = w.residents.wijkStart;
        for (Initiative ini : d.initiatives) {
            int from = wijkStart[ini.wijk], to = wijkStart[ini.wijk + 1];
            if (!team.overlaps(from, to)) continue;
            if (ini.keyPerson != null) {
                whole.add(ini);
                for (int k = 0; k < caseworkers; k++) if (from < bound[k + 1] && to > bound[k]) patches.get(k).add(ini);
            }
            for (Volunteer v : ini.volunteers) {
                if (!team.serves(v.resident)) continue;
                whole.add(v);
                int k = 0;
                while (k < caseworkers - 1 && v.resident >= bound[k + 1]) k++;
                if (caseworkers > 0) patches.get(k).add(v);
            }
        }
        return patches;
    }
}
