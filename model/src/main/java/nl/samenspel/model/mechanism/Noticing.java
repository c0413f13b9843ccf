package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.WeekTally;
import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Residents;
import nl.samenspel.model.World;
import nl.samenspel.model.network.ResidentNetwork;

/**
 * Step 3, Noticing and the bystander step (001:586-595): network neighbours of a resident with
 * an open need may notice it; each who noticed decides by {@link BystanderStep}, scaled by her
 * helpfulness (000:142). Shame lowers being noticed and accepting help (000:238, 001:440).
 * Social proof (001:591-592) counts the distinct other residents who noticed this need in earlier
 * weeks and did not act, and whom she can see: her own network neighbours (never herself).
 * A light need is answered by the neighbour who acts; a heavy one needs a professional (004:92),
 * so a neighbour who acts helps the resident ask the wijkteam, which shame and distrust then hold
 * back less than when she asks alone (004:128, 001:440).
 */
public final class Noticing implements Mechanism {
    private final List<Scratch> scratch = new ArrayList<>();

    /** A district task's own room for the neighbours who noticed (districts may run at once). */
    private static final class Scratch {
        int[] order = new int[16];
        int[] noticers = new int[16];
        boolean[] acted = new boolean[16];
        /** Her neighbours, copied out of the network for the noticing loop. */
        int[] row = new int[16];
        /** Per need of the district's week, in its shuffled order: her degree and her chance to be noticed ({@link #readAhead}). */
        int[] degree = new int[16];
        double[] notice = new double[16];
        final BystanderCounts counts = new BystanderCounts();
        int touched;
    }

    /**
     * The bystander outcomes of a district's week, counted here and added to the tally once at the
     * end of its task: every addition is a whole number, so the sums are exact whatever their
     * order, and a city's millions of noticers do not each pass through the district's log.
     */
    private static final class BystanderCounts {
        private static final Outcome[] BY_OTHERS = {Outcome.BYSTANDER_ACT_SHARE_OTHERS_0, Outcome.BYSTANDER_ACT_SHARE_OTHERS_1,
                Outcome.BYSTANDER_ACT_SHARE_OTHERS_2_4, Outcome.BYSTANDER_ACT_SHARE_OTHERS_5_PLUS};
        private long noticed, acted, aloneNoticed, aloneActed, needs, needsActed;
        private final long[] byOthersNoticed = new long[BY_OTHERS.length], byOthersActed = new long[BY_OTHERS.length];

        /** One need noticed by {@code n} people, {@code acting} of whom acted. */
        void add(int n, int acting) {
            noticed += n;
            acted += acting;
            if (n == 1) {
                aloneNoticed += n;
                aloneActed += acting;
            }
            int g = Outcome.bystanderByOthers(n - 1).ordinal() - Outcome.BYSTANDER_ACT_SHARE_OTHERS_0.ordinal();
            byOthersNoticed[g] += n;
            byOthersActed[g] += acting;
            needs++;
            if (acting > 0) needsActed++;
        }

        void flushInto(WeekTally t) {
            if (needs == 0) return;
            t.ratio(Outcome.BYSTANDER_ACT_SHARE, acted, noticed);
            if (aloneNoticed > 0) t.ratio(Outcome.BYSTANDER_ACT_SHARE_ALONE, aloneActed, aloneNoticed);
            if (noticed > aloneNoticed) t.ratio(Outcome.BYSTANDER_ACT_SHARE_WITH_OTHERS, acted - aloneActed, noticed - aloneNoticed);
            for (int g = 0; g < BY_OTHERS.length; g++) if (byOthersNoticed[g] > 0) t.ratio(BY_OTHERS[g], byOthersActed[g], byOthersNoticed[g]);
            t.ratio(Outcome.BYSTANDER_ANY_ACTED, needsActed, needs);
            noticed = acted = aloneNoticed = aloneActed = needs = needsActed = 0;
            java.util.Arrays.fill(byOthersNoticed, 0);
            java.util.Arrays.fill(byOthersActed, 0);
        }
    }

    @Override
    public void step(World w) {
        Parameters.Bystander b = w.p.bystander();
        BystanderStep rule = new BystanderStep(b.loneRate(), b.diffusion(), b.socialProof());
        while (scratch.size() < w.districts.size()) scratch.add(new Scratch());
        w.forEachDistrict(d -> {
            // The week's needs in random order, as positions in the district's own list (which keeps
            // the order the needs arose in; needs opened during this step join it at the end, unseen).
            // Positions, not a shuffled copy of the references: the same order draw for draw, without a
            // reference store per need, each of which costs G1 a card to refine.
            List<Need> open = d.openNeeds;
            Scratch s = scratch.get(d.id);
            int m = open.size();
            int[] order = s.order = RandomOrder.positions(m, s.order, d.random());
            readAhead(w, b, open, m, s);
            for (int i = 0; i < m; i++) {
                int at = order[i];
                Need need = open.get(at);
                if (need.isOpen() && (need.isLight() || need.place() == Need.Place.HOME)) decide(w, b, rule, need, s.degree[at], s.notice[at], d.random(), s, d.neighbourHelp);
            }
            s.counts.flushInto(w.tally(d));
        });
    }

    /**
     * {@link #decide} takes the needs in random order, where each one's resident, network row and
     * shame would be a cache miss behind the previous need's draws. Read here first, in list order
     * and indexed by position, they are independent loads the processor overlaps and the prefetcher
     * follows (the needs lie in memory about as they arose). Neither the network nor shame changes
     * in this step.
     */
    private static void readAhead(World w, Parameters.Bystander b, List<Need> open, int m, Scratch s) {
        if (s.degree.length < m) {
            s.degree = new int[2 * m];
            s.notice = new double[2 * m];
        }
        ResidentNetwork net = w.network;
        byte[] busy = w.residents.busy;
        float[] helpfulness = w.residents.helpfulness;
        int touched = 0;
        for (int i = 0; i < m; i++) {
            Need need = open.get(i);
            int person = need.resident;
            int degree = net.degree(person);
            s.degree[i] = degree;
            s.notice[i] = b.noticeChance() * (1 - b.shameNoticeEffect() * w.residents.shame[person]);
            // Her row and her neighbours' flags, which decide reads first, their helpfulness (neighbours'
            // ids lie near hers) and who was seen passive: loaded here, they are in cache by then.
            if (degree > 0) touched += busy[net.neighbour(person, 0)] + busy[net.neighbour(person, degree - 1)];
            touched += Float.floatToRawIntBits(helpfulness[person]);
            if (need.passiveCount() > 0) touched += need.passiveArray()[0];
        }
        s.touched = touched; // kept, so the loads above are not left out
    }

    private static void decide(World w, Parameters.Bystander b, BystanderStep rule, Need need, int degree, double notice, MersenneTwisterFast r, Scratch s, List<Need> takenUp) {
        Residents res = w.residents;
        ResidentNetwork net = w.network;
        int person = need.resident;
        if (degree == 0) return;
        if (b.explicitResponsibility() && need.firstResponder < 0) need.firstResponder = net.neighbour(person, r.nextInt(degree));
        if (s.noticers.length < degree) {
            s.noticers = new int[degree];
            s.acted = new boolean[degree];
            s.row = new int[degree];
        }
        int[] noticers = s.noticers;
        boolean[] acted = s.acted;
        int[] row = s.row;
        net.copyNeighbours(person, row);
        int n = 0;
        for (int k = 0; k < degree; k++) {
            int j = row[k];
            if (res.busy[j] != 0) continue; // a need of her own, or helping already
            // Kept or not by the draw without a branch: noticing is a coin of about 0.3, which a
            // branch mispredicts often (AbCompare: 0.95-0.97 of the CPU time).
            noticers[n] = j;
            n += r.nextDouble() < notice ? 1 : 0;
        }
        if (n == 0) return;
        int helper = -1;
        int acting = 0;
        for (int i = 0; i < n; i++) {
            int j = noticers[i];
            boolean named = b.explicitResponsibility() && j == need.firstResponder;
            boolean acts = acts(rule, r.nextDouble(), res.helpfulness[j], n - 1, net, need, j, named);
            acted[i] = acts;
            if (acts) acting++;
            if (acts && helper < 0) helper = j;
        }
        s.counts.add(n, acting);
        if (helper >= 0 && (need.isLight() ? accepts(w, b, person, r) : Asking.askedWithNeighbour(w, need))) {
            if (need.isLight()) takeUp(w, b, need, helper, takenUp);
            return;
        }
        if (acting < n) need.reservePassive(degree);
        for (int i = 0; i < n; i++) if (!acted[i]) need.addPassive(noticers[i]);
    }

    /**
     * Whether she acts on her draw {@code u}. The chance falls as the passive others in view rise,
     * and they are at most the need's passive count, so a draw above the chance with none in view,
     * or below it with all in view, settles it without counting them: the same answer, bit for
     * bit, as counting first (each floating-point step of the rule is monotone), and most draws
     * are settled so.
     */
    static boolean acts(BystanderStep rule, double u, double readiness, int othersNoticed, ResidentNetwork net, Need need, int person, boolean named) {
        if (!(u < rule.actChance(readiness, othersNoticed, 0, named))) return false;
        if (named || u < rule.actChance(readiness, othersNoticed, need.passiveCount(), false)) return true;
        return u < rule.actChance(readiness, othersNoticed, visiblyPassive(net, need, person), false);
    }

    /**
     * Others who noticed this need in earlier weeks and did not act, whom this person can see: her
     * network neighbours among them. Never herself; at most her degree, since each counts once.
     */
    static int visiblyPassive(ResidentNetwork net, Need need, int person) {
        int m = need.passiveCount();
        return m == 0 ? 0 : net.neighboursAmong(person, need.passiveArray(), m, person, need.passiveMask());
    }

    private static boolean accepts(World w, Parameters.Bystander b, int person, MersenneTwisterFast r) {
        return r.nextDouble() < 1 - b.shameAcceptEffect() * w.residents.shame[person];
    }

    private static void takeUp(World w, Parameters.Bystander b, Need need, int helper, List<Need> takenUp) {
        Residents res = w.residents;
        w.answer(need, Need.HelperKind.NEIGHBOUR);
        need.neighbourHelper = helper;
        res.setHoursGiven(helper, (float) Math.max(b.minNeighbourHours(), res.freeHours[helper]));
        takenUp.add(need);
    }
}
