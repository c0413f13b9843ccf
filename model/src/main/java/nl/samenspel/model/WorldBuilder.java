package nl.samenspel.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.model.mechanism.Coordination;
import nl.samenspel.model.network.ResidentNetwork;
import nl.samenspel.model.network.ResidentNetworkGenerator;

/**
 * Draws the initial world of MODEL.md section 2: residents with their traits, the resident
 * network (from the network seed), districts with their team, coordinators, initiatives and
 * a first set of volunteers. Each district's residents and staff are drawn from its own stream
 * ({@link District#random()}, which then goes on into its weekly steps); the few low-trust wijken
 * of the whole municipality from the municipality's ({@link Streams}).
 */
public final class WorldBuilder {
    private WorldBuilder() {}

    public static World build(Parameters p, long behaviourSeed, long networkSeed) {
        return build(p, p, behaviourSeed, networkSeed);
    }

    /**
     * A world that follows {@code reference} until the scenario's lever start week and
     * {@code scenario} from then on (issue 10 item 6). The place itself (simulation and population)
     * is always the scenario's; a start week at or before the first week builds from the scenario.
     */
    public static World build(Parameters scenario, Parameters reference, long behaviourSeed, long networkSeed) {
        boolean fromStart = scenario.simulation().warmupWeeks() + scenario.simulation().leverStartWeek() <= 0;
        Parameters p = fromStart ? scenario : reference.withPlaceOf(scenario);
        Parameters.Population pop = p.population();
        int districts = pop.districts();
        WijkLayout layout = WijkLayout.of(pop);
        int[] wijkStart = layout.wijkStart(), districtOfWijk = layout.districtOfWijk(), districtStart = layout.districtStart();

        ResidentNetwork network = new ResidentNetworkGenerator(pop.meanDegree(), pop.rewiring(), pop.crossWijkShare())
                .generate(wijkStart, districtOfWijk, networkSeed);
        List<District> list = new ArrayList<>(districts);
        for (int d = 0; d < districts; d++) {
            list.add(new District(d, districtStart[d], districtStart[d + 1] - districtStart[d], Streams.district(behaviourSeed, d)));
        }
        MersenneTwisterFast municipality = Streams.municipality(behaviourSeed);
        Residents residents = drawResidents(p, municipality, list, wijkStart, districtOfWijk);
        World world = new World(p, fromStart ? p : scenario, municipality, Streams.needsSeed(behaviourSeed), residents, network, list);
        for (District d : list) staff(world, d, wijkStart, districtOfWijk);
        return world;
    }

    /** Traits wijk by wijk, each from its district's stream; which wijken have low trust is the municipality's draw. */
    private static Residents drawResidents(Parameters p, MersenneTwisterFast municipality, List<District> districts, int[] wijkStart, int[] districtOfWijk) {
        Parameters.Population pop = p.population();
        Residents res = new Residents(pop.residents());
        res.wijkStart = wijkStart;
        int wijken = wijkStart.length - 1;
        boolean[] lowTrust = lowTrustWijken(wijken, pop.lowTrustWijkShare(), municipality);
        for (int w = 0; w < wijken; w++) {
            MersenneTwisterFast r = districts.get(districtOfWijk[w]).random();
            for (int i = wijkStart[w]; i < wijkStart[w + 1]; i++) {
                res.wijk[i] = w;
                res.district[i] = districtOfWijk[w];
                res.vulnerability[i] = (float) (pop.needChance() * gamma(pop.vulnerabilityShape(), r));
                res.helpfulness[i] = (float) clamp(pop.helpfulnessMean() + pop.helpfulnessSd() * r.nextGaussian());
                res.shame[i] = (float) clamp(pop.shameMean() + pop.shameSd() * r.nextGaussian());
                double trust = pop.trustMean() + pop.trustSd() * r.nextGaussian() - (lowTrust[w] ? pop.lowTrustPenalty() : 0);
                res.trust[i] = (float) clamp(trust);
                res.freeHours[i] = (float) (pop.freeHoursMean() * gamma(pop.freeHoursShape(), r));
            }
        }
        return res;
    }

    /** 004:128-130: round(share x wijken) wijken, drawn at random, have lower trust in formal care. */
    static boolean[] lowTrustWijken(int wijken, double share, MersenneTwisterFast r) {
        int[] order = new int[wijken];
        for (int w = 0; w < wijken; w++) order[w] = w;
        int count = (int) Math.round(share * wijken);
        boolean[] low = new boolean[wijken];
        for (int k = 0; k < count; k++) {
            int pick = k + r.nextInt(wijken - k);
            int tmp = order[k];
            order[k] = order[pick];
            order[pick] = tmp;
            low[order[k]] = true;
        }
        return low;
    }

    /** A gamma variate of whole-number shape with mean 1 (a mean of exponentials): skewed like needs and free time, never negative. */
    static double gamma(int shape, MersenneTwisterFast r) {
        double sum = 0;
        for (int k = 0; k < shape; k++) sum += Math.log(1 - r.nextDouble());
        return -sum / shape;
    }

    static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    private static void staff(World world, District d, int[] wijkStart, int[] districtOfWijk) {
        Parameters p = world.p;
        d.provider = world.newProvider();
        int professionals = p.wijkteam().professionals();
        int teams = teamCount(professionals, p.wijkteam().teamSize());
        for (int k = 0; k < teams; k++) {
            int from = d.firstResident + (int) ((long) d.residentCount * k / teams);
            int to = d.firstResident + (int) ((long) d.residentCount * (k + 1) / teams);
            d.teams.add(new Wijkteam(k, d, from, to - from));
        }
        // Professionals, a liaison per team and coordinators are spread over the teams as evenly as they go.
        for (int i = 0; i < professionals; i++) world.addProfessional(d.teams.get((int) ((long) i * teams / professionals)), false);
        if (p.wijkteam().liaison()) for (Wijkteam t : d.teams) world.addProfessional(t, true);
        int posts = p.coordinators().posts();
        for (int i = 0; i < posts; i++) world.addCoordinator(d.teams.get((int) ((long) i * teams / posts)));
        Parameters.Volunteers vp = p.volunteers();
        for (int w = 0; w < districtOfWijk.length; w++) {
            if (districtOfWijk[w] != d.id) continue;
            for (int k = 0; k < vp.initiativesPerWijk(); k++) {
                Initiative ini = new Initiative(world.newActorId(), d, w, k < p.meetingPlaces().perWijk(), p.meetingPlaces().open());
                d.initiatives.add(ini);
                world.ties.addActor(ini);
            }
        }
        MersenneTwisterFast r = d.random();
        drawPool(world, d, vp, r);
        int initial = Math.min(d.pool.length, (int) Math.round(vp.initialShare() * d.residentCount));
        int[] order = d.pool.clone();
        for (int made = 0; made < initial; made++) {
            // A partial shuffle: each starting volunteer is a different member of the pool.
            int j = made + r.nextInt(order.length - made);
            int resident = order[j];
            order[j] = order[made];
            Initiative ini = initiativeFor(d, world.residents.wijk[resident], r);
            // Initial volunteers joined before the run; they are no cohort of it.
            double motivation = vp.initialMotivationLow() + (vp.initialMotivationHigh() - vp.initialMotivationLow()) * r.nextDouble();
            Volunteer v = world.addVolunteer(resident, ini, motivation, -1 - r.nextInt(vp.initialTenureMaxWeeks()));
            if (!d.coordinators.isEmpty()) {
                v.startWith(d.coordinators.get(r.nextInt(d.coordinators.size())), vp.initialCoordinatorTie(), Coordination.relationCeiling(p.coordinators(), r));
            }
        }
        // The rest of the pool: some already volunteer elsewhere, at the balance of the competing draw.
        double rate = vp.competingRecruitRate(), leave = vp.competingLeaveRate();
        double away = rate + leave == 0 ? 0 : rate / (rate + leave);
        for (int resident : d.pool) {
            if (world.residents.volunteer[resident] == null && r.nextDouble() < away) world.residents.poolStatus[resident] = Residents.POOL_AWAY;
        }
    }

    /** 000:281: each resident of the district is in the pool with the pool share's chance. */
    private static void drawPool(World world, District d, Parameters.Volunteers vp, MersenneTwisterFast r) {
        int[] members = new int[d.residentCount];
        int n = 0;
        for (int i = d.firstResident; i < d.firstResident + d.residentCount; i++) {
            if (r.nextDouble() < vp.poolShare()) {
                members[n++] = i;
                world.residents.poolStatus[i] = Residents.POOL_FREE;
            }
        }
        d.pool = java.util.Arrays.copyOf(members, n);
    }

    /** A district's wijkteams: round(professionals / team size), at least one. */
    public static int teamCount(int professionals, int teamSize) {
        return Math.max(1, (int) Math.round((double) professionals / teamSize));
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
