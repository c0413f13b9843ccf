package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import java.util.List;
import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Residents;
import nl.samenspel.model.World;

/**
 * Step 4, Asking: an unanswered resident asks with a chance lowered by shame (001:440) and, for
 * formal help, by distrust (004:128, "laat aan de bel trekken"). Routes: a volunteer initiative
 * (through its coordinator) or the wijkteam through the access route. Desk: extra weeks and a
 * chance to give up on the way (000:242-248). Walk-in: no loss, but more people come and the
 * waiting list grows (001:549-550). A resident who gave up at the desk is discouraged from the
 * formal route and asks the wijkteam no more for this need; the volunteer route stays open (and
 * neighbours may still notice it). A need nobody takes up within its time (weeks open, summed over
 * its open spells) closes unanswered, unless it waits on a wijkteam's waiting list: the team has it,
 * and "the rest wait" (MODEL.md step 5; walk-in brings waiting lists, 001:549-550, not needs dropped).
 */
public final class Asking implements Mechanism {
    @Override
    public void step(World w) {
        int maxWeeks = w.p.needs().maxWeeksOpen();
        // All a district's needs, desk and draws are its own: districts in parallel.
        w.forEachDistrict(d -> {
            List<Need> open = d.openNeeds;
            for (int i = 0, m = open.size(); i < m; i++) {
                Need n = open.get(i);
                if (n.isOpen() && n.place() != Need.Place.WAITING_LIST && n.weeksOpen(w.week) >= maxWeeks) w.closeUnanswered(n);
            }
            leaveDesk(w, d);
            for (int i = 0, m = open.size(); i < m; i++) {
                Need n = open.get(i);
                if (n.isOpen() && n.place() == Need.Place.HOME) ask(w, d, n);
            }
        });
    }

    /** 000:242-248: after its weeks at the desk a need reaches the waiting list, or the resident gives up. */
    static void leaveDesk(World w, District d) {
        double loss = w.p.access().deskLoss();
        while (!d.desk.isEmpty()) {
            Need n = d.desk.peekFirst();
            if (n.place() != Need.Place.DESK) {
                d.desk.pollFirst();
                continue;
            }
            if (n.deskUntil > w.week) break;
            d.desk.pollFirst();
            if (d.random().nextDouble() < loss) {
                n.place(Need.Place.HOME);
                n.gaveUpOnFormal = true;
            } else {
                w.reachTeam(n);
            }
        }
    }

    private static void ask(World w, District d, Need n) {
        Parameters.Asking a = w.p.asking();
        Residents res = w.residents;
        MersenneTwisterFast r = d.random();
        double ask = a.baseChance() * (1 - a.shameEffect() * res.shame[n.resident]);
        boolean informal = r.nextDouble() < (n.isLight() ? a.lightToInitiative() : a.heavyToInitiative());
        if (informal) {
            if (r.nextDouble() < ask) {
                n.place(Need.Place.REQUESTED);
                d.requests.addLast(n);
            }
            return;
        }
        if (n.gaveUpOnFormal) return;
        boolean walkIn = w.p.access().mode() == Parameters.AccessMode.WALK_IN;
        double formal = ask * (1 - a.distrustEffect() * (1 - res.trust[n.resident])) * (walkIn ? w.p.access().walkInDemand() : 1);
        if (r.nextDouble() >= formal) return;
        toWijkteam(w, n);
    }

    /**
     * A neighbour who acted on a heavy need helps the resident ask the wijkteam: shame and distrust
     * hold her back only by their accompanied share; no base chance, since someone acts. Returns
     * true when the need went on its way.
     */
    static boolean askedWithNeighbour(World w, Need n) {
        Parameters.Asking a = w.p.asking();
        Residents res = w.residents;
        double k = w.p.bystander().accompaniedAskShare();
        double chance = (1 - k * a.shameEffect() * res.shame[n.resident]) * (1 - k * a.distrustEffect() * (1 - res.trust[n.resident]));
        if (w.districtOf(n.resident).random().nextDouble() >= chance) return false;
        toWijkteam(w, n);
        w.tallyOf(n.resident).count(nl.samenspel.metrics.Outcome.NEIGHBOUR_ASKS, 1);
        return true;
    }

    /** The access route: walk-in straight to the team's waiting list, or through the desk. */
    private static void toWijkteam(World w, Need n) {
        if (w.p.access().mode() == Parameters.AccessMode.WALK_IN) {
            w.reachTeam(n);
        } else {
            n.place(Need.Place.DESK);
            n.deskUntil = w.week + w.p.access().deskWeeks();
            w.districtOf(n.resident).desk.addLast(n);
        }
    }
}
