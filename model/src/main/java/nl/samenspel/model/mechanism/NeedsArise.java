package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import nl.samenspel.model.Need;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Residents;
import nl.samenspel.model.World;

/**
 * Step 2, Needs arise: each resident without an open need gets one with a weekly chance from
 * her vulnerability; a slow ageing trend raises demand over the years (002:7, 002:51).
 */
public final class NeedsArise implements Mechanism {
    @Override
    public void step(World w) {
        Parameters.Population pop = w.p.population();
        double years = Math.max(0, w.reportedWeek()) / 52.0;
        double trend = Math.pow(1 + pop.ageingTrend(), years);
        Residents res = w.residents;
        Need[] open = res.need;
        float[] vulnerability = res.vulnerability;
        MersenneTwisterFast r = w.random;
        for (int i = 0; i < res.count; i++) {
            if (open[i] != null) continue;
            if (r.nextDouble() >= vulnerability[i] * trend) continue;
            boolean heavy = r.nextDouble() < pop.heavyShare();
            double mean = heavy ? pop.heavyHours() : pop.lightHours();
            double hours = Math.max(0.5, -mean * Math.log(1 - r.nextDouble()));
            w.newNeed(i, heavy ? Need.Kind.HEAVY : Need.Kind.LIGHT, hours);
        }
    }
}
