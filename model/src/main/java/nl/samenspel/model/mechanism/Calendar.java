package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Professional;
import nl.samenspel.model.QuitCause;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.Wijkteam;
import nl.samenspel.model.World;

/**
 * Step 1, Calendar: the scenario's levers start in their week, funding decisions at each year
 * boundary, a tender at each contract end, and the coordinator cut when it is due. Sources:
 * 002:363, 002:397, 002:569-571 (yearly funding); 000:252-256, 004:289 (tendering); 000:289
 * (cutting coordinators); issue 10 item 6 (every scenario equals the reference until its levers start).
 */
public final class Calendar implements Mechanism {
    @Override
    public void step(World w) {
        if (w.leversDue()) startLevers(w);
        if (w.municipality.cutDue(w.week)) cutCoordinators(w);
        boolean yearStart = w.isYearStart();
        if (yearStart && w.p.funding().contract() == Parameters.Contract.YEARLY && !w.municipality.coordinatorsCut()) {
            yearlyDecisions(w);
        }
        int interval = w.p.tender().intervalYears();
        int sinceStart = w.week - Math.max(w.leverStartWeek, w.p.simulation().warmupWeeks());
        if (interval > 0 && sinceStart > 0 && sinceStart % (World.WEEKS_PER_YEAR * interval) == 0) tender(w);
    }

    /**
     * The scenario's parameters take over from the reference's; what the world holds as built
     * follows them: professional posts added to the smallest team or cut from the largest, a
     * liaison per team added or removed, coordinator posts added or cut, meeting places opened or
     * closed. Everything else the steps read afresh each week.
     */
    static void startLevers(World w) {
        Parameters before = w.startLevers();
        Parameters after = w.p;
        for (District d : w.districts) {
            int change = after.wijkteam().professionals() - before.wijkteam().professionals();
            for (; change > 0; change--) w.addProfessional(byCaseworkers(d, true), false);
            for (; change < 0; change++) {
                Wijkteam largest = byCaseworkers(d, false);
                Professional cut = null;
                for (Professional p : largest.members) if (!p.liaison) cut = p;
                if (cut == null) break;
                w.removeProfessional(cut);
            }
            if (after.wijkteam().liaison() && !before.wijkteam().liaison()) for (Wijkteam t : d.teams) w.addProfessional(t, true);
            if (!after.wijkteam().liaison() && before.wijkteam().liaison()) {
                for (Professional p : new ArrayList<>(d.team)) if (p.liaison) w.removeProfessional(p);
            }
            if (!w.municipality.coordinatorsCut()) {
                int posts = after.coordinators().posts() - before.coordinators().posts();
                for (int i = 0; posts > 0; posts--, i++) w.addCoordinator(d.teams.get((d.coordinators.size() + i) % d.teams.size()));
                for (int i = d.coordinators.size() - 1; i >= 0 && posts < 0; i--, posts++) w.removeCoordinator(d.coordinators.get(i));
            }
            for (Initiative ini : d.initiatives) ini.setMeetingPlaceOpen(after.meetingPlaces().open());
        }
    }

    /** The district's team with the fewest (or most) caseworkers; the first of equals. */
    private static Wijkteam byCaseworkers(District d, boolean fewest) {
        Wijkteam best = null;
        int bestCount = 0;
        for (Wijkteam t : d.teams) {
            int n = 0;
            for (Professional p : t.members) if (!p.liaison) n++;
            if (best == null || (fewest ? n < bestCount : n > bestCount)) {
                best = t;
                bestCount = n;
            }
        }
        return best;
    }

    /** 000:289: all coordinator posts are cut; they are not refilled. */
    static void cutCoordinators(World w) {
        for (District d : w.districts) {
            for (Coordinator c : new ArrayList<>(d.coordinators)) w.removeCoordinator(c);
        }
        w.municipality.markCut();
    }

    /**
     * 002:363, 002:569-571: each post and initiative is decided on yearly; a late decision leaves
     * the post unfunded for a while, and the uncertainty costs the initiative's volunteers motivation.
     */
    static void yearlyDecisions(World w) {
        Parameters.Funding f = w.p.funding();
        for (District d : w.districts) {
            MersenneTwisterFast r = d.random();
            for (Coordinator c : d.coordinators) {
                if (r.nextDouble() < f.lateChance()) c.inactiveUntil = Math.max(c.inactiveUntil, w.week + f.lateWeeks());
            }
            for (Initiative ini : d.initiatives) {
                if (r.nextDouble() >= f.lateChance()) continue;
                for (Volunteer v : ini.volunteers) v.loseMotivation(QuitCause.FUNDING_UNCERTAINTY, f.uncertaintyLoss());
            }
        }
    }

    /**
     * 000:252-256, 004:289: with some chance the district's provider changes; its professionals
     * and coordinators are replaced by the new provider's (ties lost), some volunteers of the old
     * provider quit, and role ambiguity rises.
     */
    static void tender(World w) {
        Parameters.Tender t = w.p.tender();
        for (District d : w.districts) {
            MersenneTwisterFast r = d.random();
            if (r.nextDouble() >= t.switchChance()) continue;
            d.provider = w.newProvider();
            d.lastSwitchWeek = w.week;
            for (Professional p : new ArrayList<>(d.team)) w.replace(p, 0);
            if (!w.municipality.coordinatorsCut()) {
                for (Coordinator c : new ArrayList<>(d.coordinators)) w.replace(c, 0);
            }
            for (Initiative ini : d.initiatives) {
                for (Volunteer v : new ArrayList<>(ini.volunteers)) {
                    if (r.nextDouble() < t.volunteerQuitShare()) w.quit(v, World.QuitReason.TENDER, QuitCause.TENDER);
                }
            }
            w.raiseAmbiguity(d, t.ambiguityRise());
            w.tally().count(Outcome.PROVIDER_SWITCHES, 1);
        }
    }
}
