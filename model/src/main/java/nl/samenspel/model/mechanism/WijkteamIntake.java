package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.Wijkteam;
import nl.samenspel.model.World;
import nl.samenspel.model.network.SamenspelTie;
import nl.samenspel.model.network.TieType;

/**
 * Step 5, Wijkteam intake: professionals take cases up to their caseload; the rest wait. A light
 * case is referred to volunteers only through a professional's tie to a coordinator or initiative
 * (the personal "klik", 004:90), with a chance that grows with tie strength. Heavy cases are kept
 * (004:92). A referral that bypasses a coordinator is dumping (004:101). Without any tie, the
 * professional helps herself (004:225). Each wijkteam has its own waiting list. When every caseload
 * is full, a professional with a tie may still refer a light case from the waiting list: referring
 * is how the team relieves its pressure. Every light case gets one look for referral, whether at
 * intake or while it waits: a full team does not look again each week, for under pressure
 * professionals hold on to casework (004:270, "weinig andere keus dan vasthouden aan hun 'oude'
 * stijl van individueel hulpverlenen"), so it is the ties, not the queue, that decide.
 */
public final class WijkteamIntake implements Mechanism {
    @Override
    public void step(World w) {
        for (District d : w.districts) {
            for (Wijkteam t : d.teams) intake(w, d, t);
        }
    }

    private static void intake(World w, District d, Wijkteam t) {
        List<Professional> working = new ArrayList<>();
        for (Professional p : t.members) if (!p.liaison && p.isWorking(w.week)) working.add(p);
        RandomOrder.shuffle(working, d.random());
        while (!t.waitingList.isEmpty()) {
            Need n = t.waitingList.peekFirst();
            if (n.place() != Need.Place.WAITING_LIST) {
                t.waitingList.pollFirst();
                continue;
            }
            Professional p = leastLoaded(w.p.wijkteam(), working);
            if (p == null) {
                referWhileFull(w, d, t, working);
                return;
            }
            t.waitingList.pollFirst();
            if (n.isLight() && n.isOpen() && !n.referralConsidered) {
                if (refer(w, d, t, p, n)) continue;
            }
            takeCase(w, p, n);
        }
    }

    /**
     * Every caseload is full: each waiting light case not looked at yet is looked at by one of the
     * team (drawn at random), who refers it if her ties let her; otherwise it keeps its place in the queue.
     */
    private static void referWhileFull(World w, District d, Wijkteam t, List<Professional> working) {
        if (working.isEmpty()) return;
        for (Iterator<Need> it = t.waitingList.iterator(); it.hasNext(); ) {
            Need n = it.next();
            if (n.place() != Need.Place.WAITING_LIST || !n.isLight() || !n.isOpen() || n.referralConsidered) continue;
            Professional p = working.get(d.random().nextInt(working.size()));
            if (refer(w, d, t, p, n)) it.remove();
        }
    }

    /** The working professional with fewest cases who can take one more, or null if all are full. */
    static Professional leastLoaded(Parameters.Wijkteam t, List<Professional> working) {
        Professional best = null;
        int most = mostCases(t);
        for (Professional p : working) {
            if (p.cases.size() < most && (best == null || p.cases.size() < best.cases.size())) best = p;
        }
        return best;
    }

    /**
     * The most cases a professional takes: up to the caseload, and no more than her hours after
     * admin and protected field hours carry at {@code hours_per_case} each.
     */
    public static int mostCases(Parameters.Wijkteam t) {
        double capacity = t.hours() * (1 - t.adminShare()) - t.protectedFieldHours();
        int n = 0;
        while (n < t.caseload() && (n + 1) * t.hoursPerCase() <= capacity) n++;
        return n;
    }

    static void takeCase(World w, Professional p, Need n) {
        w.takeCase(p, n);
    }

    /** Refers a light case through the strongest tie; returns false if the professional keeps it. */
    private static boolean refer(World w, District d, Wijkteam team, Professional p, Need n) {
        n.referralConsidered = true;
        Parameters.Wijkteam t = w.p.wijkteam();
        MersenneTwisterFast r = d.random();
        SamenspelTie viaCoordinator = w.ties.strongest(p, TieType.PROFESSIONAL_COORDINATOR);
        SamenspelTie viaInitiative = w.ties.strongest(p, TieType.PROFESSIONAL_INITIATIVE);
        double sc = viaCoordinator == null ? 0 : w.ties.weight(viaCoordinator);
        double si = viaInitiative == null ? 0 : w.ties.weight(viaInitiative);
        double liaison = t.liaison() ? liaisonStrength(w, team) : 0;
        double best = Math.max(Math.max(sc, liaison), si);
        if (best == 0 || r.nextDouble() >= t.referralBase() * best) return false;
        if (Math.max(sc, liaison) >= si) {
            Coordinator c = viaCoordinator != null && sc >= liaison ? (Coordinator) w.ties.other(viaCoordinator, p) : null;
            if (c == null && d.coordinators.isEmpty()) return false;
            w.referToVolunteers(n);
            n.place(Need.Place.REQUESTED);
            d.requests.addFirst(n);
            return true;
        }
        Initiative ini = (Initiative) w.ties.other(viaInitiative, p);
        Volunteer v = Coordination.freeVolunteer(ini.volunteers, w.p.volunteers().maxLoad());
        if (v == null) return false;
        w.referToVolunteers(n);
        n.dumped = true;
        Coordination.match(w, v, n);
        v.loseMotivation(nl.samenspel.model.QuitCause.DUMPING, w.p.volunteers().dumpingLoss());
        w.tally().count(Outcome.DUMPED_REFERRALS, 1);
        return true;
    }

    /** 001:235-238: the liaison's strongest tie to a working coordinator, which the whole team can use. */
    private static double liaisonStrength(World w, Wijkteam team) {
        double best = 0;
        for (Professional p : team.members) {
            if (!p.liaison || !p.isWorking(w.week)) continue;
            SamenspelTie tie = w.ties.strongest(p, TieType.PROFESSIONAL_COORDINATOR);
            if (tie != null) best = Math.max(best, w.ties.weight(tie) * w.p.wijkteam().liaisonTie());
        }
        return best;
    }

}
