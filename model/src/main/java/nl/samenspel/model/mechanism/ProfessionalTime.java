package nl.samenspel.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.WeekTally;
import nl.samenspel.model.Actor;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.Wijkteam;
import nl.samenspel.model.World;
import nl.samenspel.model.network.SamenspelTies;

/**
 * Step 9, Professional time: community hours = hours - casework - admin, never below zero, or the
 * protected field hours (001:643). Community hours create and strengthen ties with coordinators,
 * volunteers and key figures (004:297: "meer communitywork-uren en meer presentie"); ties decay.
 * A professional's informal partners are those of her own wijkteam's area: the coordinators who
 * work alongside the team, and the initiatives and volunteers of the area. Professionals know
 * informal parties through a few specific personal contacts (004:90): how many she keeps is set by
 * her community hours ({@link #whomSheSees}), not by how many partners the area holds. So she meets
 * someone new in her own wijk of the team's area (as wijkteams divide their wijken and buurten among
 * their members, with one of the team's coordinators), whose size grows neither with the district
 * nor with how few colleagues share the area; a liaison's part is the whole area, her job being to
 * tie the team to it (001:235-238).
 */
public final class ProfessionalTime implements Mechanism {
    /** Per district and team: its informal partners this week, lists kept from week to week (districts may run at once). */
    private final List<List<TeamArea>> byTeam = new ArrayList<>();
    /** Per district: the ties its task made this week, entered after ({@link SamenspelTies#enter}). */
    private final List<SamenspelTies.NewTies> newTies = new ArrayList<>();

    /** A team's area this week: the whole of it, and the part where each of its members meets someone new. */
    static final class TeamArea {
        final List<Actor> all = new ArrayList<>();
        final List<List<Actor>> parts = new ArrayList<>();
        private final List<Coordinator> coordinators = new ArrayList<>();
        /** Members who are no liaison, the team's first wijk and its number of wijken. */
        private int members, firstWijk, wijken;

        /** Empties the area and puts the team's working coordinators in it and in the parts. */
        void start(World w, District d, Wijkteam team) {
            all.clear();
            coordinators.clear();
            for (Coordinator c : d.coordinators) {
                if (c.isWorking(w.week) && (c.team == team || d.teams.size() == 1)) coordinators.add(c);
            }
            all.addAll(coordinators);
            members = 0;
            for (Professional q : team.members) if (!q.liaison) members++;
            while (parts.size() < members) parts.add(new ArrayList<>());
            int[] wijkOf = w.residents.wijk;
            firstWijk = wijkOf[team.firstResident];
            wijken = wijkOf[team.firstResident + team.residentCount - 1] - firstWijk + 1;
            for (int k = 0; k < members; k++) {
                List<Actor> part = parts.get(k);
                part.clear();
                if (!coordinators.isEmpty()) part.add(coordinators.get((int) ((long) k * coordinators.size() / members)));
            }
        }

        /** A partner in the area, who is in the parts of the members of her wijk. */
        void add(Actor a, int wijk) {
            all.add(a);
            for (int k = wijk - firstWijk; k < members; k += wijken) parts.get(k).add(a);
        }

        /** Where a member meets someone new: the part of the {@code k}-th member who is no liaison, or the whole area for a liaison. */
        List<Actor> of(int k, Professional p) {
            return p.liaison ? all : parts.get(k);
        }
    }

    @Override
    public void step(World w) {
        Parameters.Wijkteam t = w.p.wijkteam();
        Parameters.Ties tp = w.p.ties();
        while (byTeam.size() < w.districts.size()) byTeam.add(new ArrayList<>());
        while (newTies.size() < w.districts.size()) newTies.add(new SamenspelTies.NewTies());
        // A professional's partners and ties are her district's own: districts in parallel, each
        // with its own stream and counts; the ties they make get their slots after, in district order.
        w.forEachDistrict(d -> {
            informalActors(w, d, byTeam.get(d.id));
            contacts(w, d, t, tp);
        });
        for (District d : w.districts) w.ties.enter(newTies.get(d.id));
        w.ties.decay(tp.decay(), tp.dropBelow());
    }

    /** The district's professionals' hours, and the contacts of their community hours. */
    private void contacts(World w, District d, Parameters.Wijkteam t, Parameters.Ties tp) {
        WeekTally tally = w.tally(d);
        SamenspelTies.NewTies made = newTies.get(d.id);
        for (int k = 0; k < d.teams.size(); k++) {
            Wijkteam team = d.teams.get(k);
            TeamArea area = byTeam.get(d.id).get(k);
            int caseworker = -1; // her place among the members who are no liaison: which part is hers
            for (Professional p : team.members) {
                if (!p.liaison) caseworker++;
                if (!p.isWorking(w.week)) continue;
                p.communityHours = communityHours(t, p);
                p.caseworkHours = p.liaison ? 0 : p.cases.size() * t.hoursPerCase();
                tally.ratio(Outcome.COMMUNITY_HOURS_SHARE, p.communityHours, t.hours());
                if (!p.liaison) tally.ratio(Outcome.CASES_PER_PROFESSIONAL, p.cases.size(), 1);
                if (area.all.isEmpty()) continue;
                List<Actor> part = area.of(caseworker, p);
                int contacts = RandomOrder.events(p.communityHours * tp.contactsPerCommunityHour(), d.random());
                for (int i = 0; i < contacts; i++) {
                    Actor seen = whomSheSees(w, d, p, part);
                    if (seen != null) w.ties.contact(p, seen, tp.growth(), made);
                }
            }
        }
    }

    /**
     * 004:90, ties "gebaseerd op enkele specifieke contacten tussen personen met een 'onderlinge
     * klik'": a contact goes to someone she already knows, in proportion to how well she knows
     * them, or, with the weight of one full tie, to someone of her part of the area drawn at random
     * (null if her part holds nobody). So a tie she has no time for fades, and how many she keeps
     * depends on her community hours, not on how many partners the area holds.
     */
    static Actor whomSheSees(World w, District d, Professional p, List<Actor> part) {
        double u = d.random().nextDouble() * (1 + w.ties.strengthOf(p));
        if (u >= 1) {
            Actor known = w.ties.byStrength(p, u - 1);
            if (known != null) return known;
        }
        return part.isEmpty() ? null : part.get(d.random().nextInt(part.size()));
    }

    /** Never below zero; a liaison spends all her non-admin hours in the field. */
    public static double communityHours(Parameters.Wijkteam t, Professional p) {
        double admin = t.adminShare() * t.hours();
        if (p.liaison) return t.hours() - admin;
        double left = t.hours() - admin - p.cases.size() * t.hoursPerCase();
        return Math.max(t.protectedFieldHours(), Math.max(0, left));
    }

    /**
     * The informal partners of each team's area: the team's working coordinators, then each
     * initiative of the area (through its key person) with its volunteers who live there; into
     * {@code areas.get(k).all} for the k-th team. And each member's part (members other than a
     * liaison, in the team's order): the k-th member's wijk is the team's wijk k modulo their
     * number (a wijk may have two members, or none when the team is small), with one of the team's
     * coordinators (member k of m gets coordinator floor(k C / m) of C, so each coordinator works
     * with about m / C members), the initiatives of that wijk and the volunteers of the area who
     * live in it. One pass over the district's initiatives serves all its teams (a city district
     * has several), each volunteer going to the team that serves her; lists kept from week to
     * week, emptied first.
     */
    static void informalActors(World w, District d, List<TeamArea> areas) {
        while (areas.size() < d.teams.size()) areas.add(new TeamArea());
        for (int k = 0; k < d.teams.size(); k++) areas.get(k).start(w, d, d.teams.get(k));
        int[] wijkStart = w.residents.wijkStart;
        int[] wijkOf = w.residents.wijk;
        for (Initiative ini : d.initiatives) {
            int from = wijkStart[ini.wijk], to = wijkStart[ini.wijk + 1];
            if (ini.keyPerson != null) {
                for (int k = 0; k < d.teams.size(); k++) if (d.teams.get(k).overlaps(from, to)) areas.get(k).add(ini, ini.wijk);
            }
            for (Volunteer v : ini.volunteers) {
                int k = teamServing(d, v.resident);
                if (k >= 0 && d.teams.get(k).overlaps(from, to)) areas.get(k).add(v, wijkOf[v.resident]);
            }
        }
    }

    /** The index of the district's team that serves the resident, or -1 (she lives elsewhere). */
    private static int teamServing(District d, int resident) {
        for (int k = 0; k < d.teams.size(); k++) if (d.teams.get(k).serves(resident)) return k;
        return -1;
    }
}
