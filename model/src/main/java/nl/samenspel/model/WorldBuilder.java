package nl.samenspel.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.model.network.ResidentNetwork;
import nl.samenspel.model.network.ResidentNetworkGenerator;

/**
 * Draws the initial world of MODEL.md section 2: residents with their traits, the resident
 * network (from the network seed), districts with their team, coordinators, initiatives and
 * a first set of volunteers. Traits and staff are drawn from the behaviour generator.
 */
public final class WorldBuilder {
    private WorldBuilder() {}

    public static World build(Parameters p, MersenneTwisterFast random, long networkSeed) {
        Parameters.Population pop = p.population();
        int districts = pop.districts();
        int wijken = districts * pop.wijkenPerDistrict();
        int[] wijkStart = new int[wijken + 1];
        int[] districtOfWijk = new int[wijken];
        int[] districtStart = new int[districts + 1];
        for (int d = 0; d <= districts; d++) districtStart[d] = (int) ((long) pop.residents() * d / districts);
        for (int d = 0; d < districts; d++) {
            int size = districtStart[d + 1] - districtStart[d];
            for (int k = 0; k < pop.wijkenPerDistrict(); k++) {
                int w = d * pop.wijkenPerDistrict() + k;
                wijkStart[w] = districtStart[d] + (int) ((long) size * k / pop.wijkenPerDistrict());
                districtOfWijk[w] = d;
            }
        }
        wijkStart[wijken] = pop.residents();

        ResidentNetwork network = new ResidentNetworkGenerator(pop.meanDegree(), pop.rewiring(), pop.crossWijkShare())
                .generate(wijkStart, districtOfWijk, networkSeed);
        Residents residents = drawResidents(p, random, wijkStart, districtOfWijk);

        List<District> list = new ArrayList<>(districts);
        for (int d = 0; d < districts; d++) list.add(new District(d, districtStart[d], districtStart[d + 1] - districtStart[d]));
        World world = new World(p, random, random.nextLong(), residents, network, list);
        for (District d : list) staff(world, d, wijkStart, districtOfWijk);
        return world;
    }

    private static Residents drawResidents(Parameters p, MersenneTwisterFast r, int[] wijkStart, int[] districtOfWijk) {
        Parameters.Population pop = p.population();
        Residents res = new Residents(pop.residents());
        res.wijkStart = wijkStart;
        int wijken = wijkStart.length - 1;
        boolean[] lowTrust = new boolean[wijken];
        for (int w = 0; w < wijken; w++) lowTrust[w] = r.nextDouble() < pop.lowTrustWijkShare();
        for (int w = 0; w < wijken; w++) {
            for (int i = wijkStart[w]; i < wijkStart[w + 1]; i++) {
                res.wijk[i] = w;
                res.district[i] = districtOfWijk[w];
                res.vulnerability[i] = (float) (pop.needChance() * gamma2(r));
                res.helpfulness[i] = (float) clamp(pop.helpfulnessMean() + 0.2 * r.nextGaussian());
                res.shame[i] = (float) clamp(pop.shameMean() + 0.2 * r.nextGaussian());
                double trust = pop.trustMean() + 0.15 * r.nextGaussian() - (lowTrust[w] ? pop.lowTrustPenalty() : 0);
                res.trust[i] = (float) clamp(trust);
                res.freeHours[i] = (float) (pop.freeHoursMean() * gamma2(r));
            }
        }
        return res;
    }

    /** A gamma(2) variate with mean 1: skewed like needs and free time, never negative. */
    static double gamma2(MersenneTwisterFast r) {
        return -(Math.log(1 - r.nextDouble()) + Math.log(1 - r.nextDouble())) / 2;
    }

    static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    private static void staff(World world, District d, int[] wijkStart, int[] districtOfWijk) {
        Parameters p = world.p;
        d.provider = world.newProvider();
        for (int i = 0; i < p.wijkteam().professionals(); i++) addProfessional(world, d, false);
        if (p.wijkteam().liaison()) addProfessional(world, d, true);
        for (int i = 0; i < p.coordinators().posts(); i++) {
            Coordinator c = new Coordinator(world.newActorId(), d, d.provider, 0, 0);
            d.coordinators.add(c);
            world.ties.addActor(c);
        }
        int perWijk = Math.max(1, p.meetingPlaces().perWijk());
        for (int w = 0; w < districtOfWijk.length; w++) {
            if (districtOfWijk[w] != d.id) continue;
            for (int k = 0; k < perWijk; k++) {
                Initiative ini = new Initiative(world.newActorId(), d, w, p.meetingPlaces().perWijk() > 0 && p.meetingPlaces().open());
                d.initiatives.add(ini);
                world.ties.addActor(ini);
            }
        }
        int pool = (int) Math.round(p.volunteers().poolShare() * d.residentCount);
        int initial = Math.min(pool, (int) Math.round(p.volunteers().initialShare() * d.residentCount));
        d.poolSize = pool;
        MersenneTwisterFast r = world.random;
        for (int made = 0, tries = 0; made < initial && tries < 20 * d.residentCount; tries++) {
            int resident = d.firstResident + r.nextInt(d.residentCount);
            if (world.residents.volunteer[resident] != null) continue;
            Initiative ini = initiativeFor(d, world.residents.wijk[resident], r);
            // Initial volunteers joined before the run (tenure up to five years); they are no cohort of it.
            Volunteer v = world.addVolunteer(resident, ini, 0.5 + 0.4 * r.nextDouble(), -1 - r.nextInt(260));
            if (!d.coordinators.isEmpty()) {
                v.coach = d.coordinators.get(r.nextInt(d.coordinators.size()));
                v.coordinatorTie = 0.5;
            }
            made++;
        }
    }

    private static void addProfessional(World world, District d, boolean liaison) {
        Professional pr = new Professional(world.newActorId(), d, d.provider, 0, 0, liaison);
        d.team.add(pr);
        world.ties.addActor(pr);
    }

    /** A random initiative of the resident's wijk. */
    public static Initiative initiativeFor(District d, int wijk, MersenneTwisterFast r) {
        int first = -1, count = 0;
        for (int i = 0; i < d.initiatives.size(); i++) {
            if (d.initiatives.get(i).wijk == wijk) {
                if (first < 0) first = i;
                count++;
            }
        }
        return d.initiatives.get(first + r.nextInt(count));
    }
}
