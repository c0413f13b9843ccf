package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Residents;
import nl.samenspel.model.World;

/**
 * Step 2, Needs arise: each resident without an open need gets one with a weekly chance from
 * her vulnerability; a slow ageing trend raises demand over the years (002:7, 002:51).
 * Every resident draws every week, open need or not, from the world's own needs stream: the
 * stream then stays in step across scenarios run on one seed, so that their comparison is paired
 * on the same needs (common random numbers).
 */
public final class NeedsArise implements Mechanism {
    @Override
    public void step(World w) {
        Parameters.Population pop = w.p.population();
        double years = Math.max(0, w.reportedWeek()) / 52.0;
        double trend = Math.pow(1 + pop.ageingTrend(), years);
        Residents res = w.residents;
        MersenneTwisterFast r = w.needsRandom;
        for (int i = 0; i < res.count; i++) {
            double arise = r.nextDouble();
            double kind = r.nextDouble();
            double size = r.nextDouble();
            if (res.need[i] != null || arise >= res.vulnerability[i] * trend) continue;
            boolean heavy = kind < pop.heavyShare();
            double mean = heavy ? pop.heavyHours() : pop.lightHours();
            double hours = Math.max(0.5, -mean * Math.log(1 - size));
            w.newNeed(i, heavy ? Need.Kind.HEAVY : Need.Kind.LIGHT, hours);
        }
    }
}
