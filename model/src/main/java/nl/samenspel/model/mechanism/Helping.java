package nl.samenspel.model.mechanism;

import java.util.List;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.WeekTally;
import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Professional;
import nl.samenspel.model.QuitCause;
import nl.samenspel.model.Residents;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;

/**
 * Step 7, Helping: matched helpers spend hours; a need closes when its size is met. Success
 * raises a volunteer's motivation; load above her free hours lowers it (000:281, "fors belast").
 * A heavy need that stays too long with a volunteer escalates late to the wijkteam (004:92, 004:280).
 * A recurring light need takes at most its weekly hours (company, a weekly lift).
 */
public final class Helping implements Mechanism {
    /** Per district: its volunteers this week, a list kept from week to week (districts may run at once). */
    private final java.util.List<List<Volunteer>> byDistrict = new java.util.ArrayList<>();

    @Override
    public void step(World w) {
        double perCase = w.p.wijkteam().hoursPerCase();
        while (byDistrict.size() < w.districts.size()) byDistrict.add(new java.util.ArrayList<>());
        // A district's helpers help its own residents only: districts in parallel.
        w.forEachDistrict(d -> {
            helpByNeighbours(w, d);
            List<Volunteer> volunteers = Coordination.districtVolunteers(d, byDistrict.get(d.id));
            RandomOrder.shuffle(volunteers, d.random());
            WeekTally tally = w.tally(d);
            int active = 0, overloaded = 0;
            for (int i = 0, m = volunteers.size(); i < m; i++) {
                Volunteer v = volunteers.get(i);
                if (!v.active) continue;
                boolean over = overloaded(w, v);
                active++;
                if (over) overloaded++;
                tally.ratio(Outcome.VOLUNTEER_HOURS_PER_WEEK, helpByVolunteer(w, v, over), 1);
            }
            if (active > 0) tally.ratio(Outcome.VOLUNTEER_OVERLOAD_SHARE, overloaded, active);
            volunteers.clear();
            for (int k = 0, m = d.team.size(); k < m; k++) {
                List<Need> cases = d.team.get(k).cases;
                int kept = 0;
                for (int i = 0, size = cases.size(); i < size; i++) {
                    Need n = cases.get(i);
                    n.hoursLeft -= Math.min(perCase, n.weeklyHours);
                    if (n.hoursLeft <= 0) w.finishHelp(n);
                    else keep(cases, kept++, i, n);
                }
                truncate(cases, kept);
            }
        });
    }

    /**
     * Keeps element {@code n}, found at {@code from}, at {@code to}: written only where it moves.
     * Most weeks nothing closes, and G1 dirties a card for every store of a reference into an old
     * array, the same one or not (a card refined per volunteer and professional per week).
     */
    static <T> void keep(List<T> list, int to, int from, T n) {
        if (to != from) list.set(to, n);
    }

    /** Drops the list's elements from {@code size} on: what an iterator's removals would have left (in place, no iterator). */
    static <T> void truncate(List<T> list, int size) {
        if (size < list.size()) list.subList(size, list.size()).clear();
    }

    private static void helpByNeighbours(World w, District d) {
        Residents res = w.residents;
        List<Need> helped = d.neighbourHelp;
        for (int i = 0, m = helped.size(); i < m; i++) {
            Need n = helped.get(i);
            if (n.place() == Need.Place.CLOSED) continue;
            n.hoursLeft -= Math.min(res.hoursGiven[n.neighbourHelper], n.weeklyHours);
            if (n.hoursLeft <= 0) {
                res.setHoursGiven(n.neighbourHelper, 0);
                w.finishHelp(n);
            }
        }
    }

    /** Her matches ask more than her free hours (000:281, "fors belast"). */
    static boolean overloaded(World w, Volunteer v) {
        return v.load() * w.p.volunteers().hoursPerMatch() > w.residents.freeHours[v.resident];
    }

    /** Returns the hours she gave this week; {@code over}: {@link #overloaded}, worked out once by the caller. */
    private static double helpByVolunteer(World w, Volunteer v, boolean over) {
        if (v.matches.isEmpty()) return 0;
        Parameters.Volunteers vp = w.p.volunteers();
        double free = w.residents.freeHours[v.resident];
        double asked = v.load() * vp.hoursPerMatch();
        double share = Math.min(free, asked) / v.load();
        if (over) v.loseMotivation(QuitCause.OVERLOAD, vp.overloadLoss());
        double given = 0;
        List<Need> matches = v.matches;
        int kept = 0;
        for (int i = 0, size = matches.size(); i < size; i++) {
            Need n = matches.get(i);
            double hours = Math.min(share, n.weeklyHours);
            n.hoursLeft -= hours;
            given += hours;
            n.weeksWithVolunteer++;
            if (n.hoursLeft <= 0) {
                w.finishHelp(n);
                v.gainMotivation(vp.successGain());
            } else if (!n.isLight() && n.weeksWithVolunteer > w.p.needs().escalationWeeks()) {
                escalate(w, n);
            } else {
                keep(matches, kept++, i, n);
            }
        }
        truncate(matches, kept);
        return given;
    }

    /** 004:92: the problem grew while it stayed with a volunteer; it goes to the front of the team's list. */
    private static void escalate(World w, Need n) {
        n.volunteer = null;
        n.escalated = true;
        n.place(Need.Place.WAITING_LIST);
        w.teamOf(n.resident).waitingList.addFirst(n);
        w.tallyOf(n.resident).count(Outcome.LATE_ESCALATIONS, 1);
    }
}
