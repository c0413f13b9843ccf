package nl.samenspel.model.mechanism;

import nl.samenspel.model.CounterRandom;
import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Residents;
import nl.samenspel.model.World;

/**
 * Step 2, Needs arise: each resident without an open need gets one with a weekly chance from
 * her vulnerability; a slow ageing trend raises demand over the years (002:7, 002:51).
 * The chances are addressed by week and resident ({@link CounterRandom}), not drawn from the
 * run's stream: scenarios run on one seed then face the same needs, so that their comparison is
 * paired on the same demand (common random numbers). A share of light needs recur weekly for
 * some weeks (company, a weekly lift: MODEL.md section 2's light needs); the rest are one-off jobs.
 */
public final class NeedsArise implements Mechanism {
    /** Per district: the residents whose need arises this week, found by district tasks (which may run at once). */
    private int[][] arising = new int[0][];
    private int[] arisingCount = new int[0];
    /** Per district: room for a block of residents' chances ({@link #findArising}). */
    private long[][] chances = new long[0][];
    private static final int BLOCK = 1024;

    @Override
    public void step(World w) {
        Parameters.Population pop = w.p.population();
        Parameters.Needs recurring = w.p.needs();
        double years = Math.max(0, w.reportedWeek()) / (double) World.WEEKS_PER_YEAR;
        double trend = Math.pow(1 + pop.ageingTrend(), years);
        Residents res = w.residents;
        long thisWeek = CounterRandom.prefix(w.needsSeed, w.week);
        if (arising.length < w.districts.size()) {
            arising = new int[w.districts.size()][16];
            arisingCount = new int[w.districts.size()];
            chances = new long[w.districts.size()][BLOCK];
        }
        // A district's needs are its own residents' and go to its own list: districts in parallel,
        // each first finding who gets a need, then making them in resident order.
        w.forEachDistrict(d -> {
            findArising(d, res, thisWeek, trend);
            int[] found = arising[d.id];
            for (int k = 0, m = arisingCount[d.id]; k < m; k++) {
                int i = found[k];
                long key = CounterRandom.key(thisWeek, i);
                boolean heavy = CounterRandom.uniform(key, 1) < pop.heavyShare();
                double mean = heavy ? pop.heavyHours() : pop.lightHours();
                double hours = Math.max(pop.minNeedHours(), -mean * Math.log(1 - CounterRandom.uniform(key, 2)));
                Need n = w.newNeed(i, heavy ? Need.Kind.HEAVY : Need.Kind.LIGHT, hours);
                if (!heavy && CounterRandom.uniform(key, 3) < recurring.recurringShare()) {
                    double weeks = Math.max(1, -recurring.recurringWeeks() * Math.log(1 - CounterRandom.uniform(key, 4)));
                    n.hoursLeft = weeks * recurring.recurringHours();
                    n.weeklyHours = recurring.recurringHours();
                }
            }
        });
    }

    /** The district's residents without an open need whose chance comes up this week, in resident order. */
    private void findArising(District d, Residents res, long thisWeek, double trend) {
        byte[] open = res.hasNeed;
        float[] vulnerability = res.vulnerability;
        int[] found = arising[d.id];
        long[] u = chances[d.id];
        int m = 0;
        int end = d.firstResident + d.residentCount;
        if (found.length < d.residentCount + 1) found = arising[d.id] = new int[d.residentCount + 1];
        // Block by block: first each resident's chance, uniform(key(thisWeek, i), 0), in loops the
        // JIT vectorises (one loop of all of it ran one resident at a time, a seventh of a
        // district run); then the test, on numbers in the first level of cache.
        for (int from = d.firstResident; from < end; from += BLOCK) {
            int n = Math.min(BLOCK, end - from);
            CounterRandom.firstUniforms(thisWeek, from, n, u);
            // Without branches on who has a need: the chance is drawn for every resident (a pure
            // function of week and resident, so nothing else changes) and the test only decides whether
            // the slot just written is kept. A branch here is mispredicted for every resident with a need.
            for (int k = 0; k < n; k++) {
                int i = from + k;
                boolean arises = open[i] == 0 & CounterRandom.uniformOfMixed(u[k]) < vulnerability[i] * trend;
                found[m] = i;
                m += arises ? 1 : 0;
            }
        }
        arisingCount[d.id] = m;
    }
}
