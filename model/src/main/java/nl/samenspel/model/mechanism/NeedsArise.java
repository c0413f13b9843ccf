package nl.samenspel.model.mechanism;

import nl.samenspel.model.CounterRandom;
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
    @Override
    public void step(World w) {
        Parameters.Population pop = w.p.population();
        Parameters.Needs recurring = w.p.needs();
        double years = Math.max(0, w.reportedWeek()) / (double) World.WEEKS_PER_YEAR;
        double trend = Math.pow(1 + pop.ageingTrend(), years);
        Residents res = w.residents;
        Need[] open = res.need;
        float[] vulnerability = res.vulnerability;
        long thisWeek = CounterRandom.prefix(w.needsSeed, w.week);
        for (int i = 0; i < res.count; i++) {
            if (open[i] != null) continue;
            long key = CounterRandom.key(thisWeek, i);
            if (CounterRandom.uniform(key, 0) >= vulnerability[i] * trend) continue;
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
    }
}
