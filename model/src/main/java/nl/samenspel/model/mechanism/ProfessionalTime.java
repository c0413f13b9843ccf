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
 * A professional's informal partners are those of her own wijkteam's area: the coordinators who
 * work alongside the team, and the initiatives and volunteers of the area. Professionals know
 * informal parties through a few specific personal contacts (004:90): how many she keeps is set by
 * her community hours ({@link #whomSheSees}), not by how many partners the area holds, so it does
 * not grow with the size of the district or team, nor with the headcount that shares the area.
 */
public final class ProfessionalTime implements Mechanism {
    /** Per district and team: its informal partners this week, lists kept from week to week (districts may run at once). */
    private final List<List<List<Actor>>> byTeam = new ArrayList<>();

    @Override
    public void step(World w) {
        Parameters.Wijkteam t = w.p.wijkteam();
        Parameters.Ties tp = w.p.ties();
        while (byTeam.size() < w.districts.size()) byTeam.add(new ArrayList<>());
        // Who each professional can get to know only reads the district: districts in parallel; the contacts (shared ties) after, in order.
        w.forEachDistrict(d -> {
            List<List<Actor>> teams = byTeam.get(d.id);
            while (teams.size() < d.teams.size()) teams.add(new ArrayList<>());
            for (int k = 0; k < d.teams.size(); k++) informalActors(w, d, d.teams.get(k), teams.get(k));
        });
        for (District d : w.districts) {
            for (int k = 0; k < d.teams.size(); k++) {
                Wijkteam team = d.teams.get(k);
                List<Actor> informal = byTeam.get(d.id).get(k);
                for (Professional p : team.members) {
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
     * them, or, with the weight of one full tie, to someone of her team's area drawn at random. So a tie
     * she has no time for fades, and how many she keeps depends on her community hours, not only
     * on how many partners the area holds.
     */
    static Actor whomSheSees(World w, District d, Professional p, List<Actor> area) {
        double u = d.random().nextDouble() * (1 + w.ties.strengthOf(p));
        if (u >= 1) {
            Actor known = w.ties.byStrength(p, u - 1);
            if (known != null) return known;
        }
        return area.get(d.random().nextInt(area.size()));
    }

    /** Never below zero; a liaison spends all her non-admin hours in the field. */
    public static double communityHours(Parameters.Wijkteam t, Professional p) {
        double admin = t.adminShare() * t.hours();
        if (p.liaison) return t.hours() - admin;
        double left = t.hours() - admin - p.cases.size() * t.hoursPerCase();
        return Math.max(t.protectedFieldHours(), Math.max(0, left));
    }

    /**
     * The informal partners of the team's area: the team's working coordinators, then each
     * initiative of the area (through its key person) with its volunteers who live there; into
     * {@code area}, emptied first (a list kept from week to week).
     */
    static void informalActors(World w, District d, Wijkteam team, List<Actor> area) {
        area.clear();
        for (Coordinator c : d.coordinators) {
            if (c.isWorking(w.week) && (c.team == team || d.teams.size() == 1)) area.add(c);
        }
        int[] wijkStart = w.residents.wijkStart;
        for (Initiative ini : d.initiatives) {
            if (!team.overlaps(wijkStart[ini.wijk], wijkStart[ini.wijk + 1])) continue;
            if (ini.keyPerson != null) area.add(ini);
            for (Volunteer v : ini.volunteers) if (team.serves(v.resident)) area.add(v);
        }
    }
}
