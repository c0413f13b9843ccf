package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;

/**
 * Step 1, Calendar: funding decisions at each year boundary, a tender at each contract end,
 * and the coordinator cut when it is due. Sources: 002:363, 002:397, 002:569-571 (yearly
 * funding); 000:252-256, 004:289 (tendering); 000:289 (cutting coordinators).
 */
public final class Calendar implements Mechanism {
    @Override
    public void step(World w) {
        if (w.municipality.cutDue(w.week)) cutCoordinators(w);
        boolean yearStart = w.isYearStart();
        if (yearStart && w.p.funding().contract() == Parameters.Contract.YEARLY && !w.municipality.coordinatorsCut()) {
            yearlyDecisions(w);
        }
        int interval = w.p.tender().intervalYears();
        if (interval > 0 && w.reportedWeek() > 0 && w.reportedWeek() % (World.WEEKS_PER_YEAR * interval) == 0) tender(w);
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
        MersenneTwisterFast r = w.random;
        for (District d : w.districts) {
            for (Coordinator c : d.coordinators) {
                if (r.nextDouble() < f.lateChance()) c.inactiveUntil = Math.max(c.inactiveUntil, w.week + f.lateWeeks());
            }
            for (Initiative ini : d.initiatives) {
                if (r.nextDouble() >= f.lateChance()) continue;
                for (Volunteer v : ini.volunteers) v.motivation = Math.max(0, v.motivation - f.uncertaintyLoss());
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
        MersenneTwisterFast r = w.random;
        for (District d : w.districts) {
            if (r.nextDouble() >= t.switchChance()) continue;
            d.provider = w.newProvider();
            d.lastSwitchWeek = w.week;
            for (Professional p : new ArrayList<>(d.team)) w.replace(p, 0);
            if (!w.municipality.coordinatorsCut()) {
                for (Coordinator c : new ArrayList<>(d.coordinators)) w.replace(c, 0);
            }
            for (Initiative ini : d.initiatives) {
                for (Volunteer v : new ArrayList<>(ini.volunteers)) {
                    if (r.nextDouble() < t.volunteerQuitShare()) w.quit(v, nl.samenspel.model.World.QuitReason.TENDER);
                }
            }
            w.raiseAmbiguity(d, t.ambiguityRise());
            w.tally().count(Outcome.PROVIDER_SWITCHES, 1);
        }
    }
}
