package nl.samenspel.model.network;

import java.util.Random;

/**
 * Builds the resident network of MODEL.md section 2: a clustered small world per wijk
 * (Watts and Strogatz 1998, drawn as jgrapht's generator draws it: {@link SmallWorld}) plus a few
 * ties across wijken of the same district, straight into compressed rows. Drawn from the network
 * seed alone, so network realisations and process noise can be varied separately.
 */
public final class ResidentNetworkGenerator {
    private final int meanDegree;
    private final double rewiring;
    private final double crossWijkShare;

    public ResidentNetworkGenerator(int meanDegree, double rewiring, double crossWijkShare) {
        if (meanDegree < 2) throw new IllegalArgumentException("mean degree must be at least 2, got " + meanDegree);
        if (meanDegree % 2 != 0) throw new IllegalArgumentException("mean degree must be even (a ring lattice links k/2 on each side), got " + meanDegree);
        if (rewiring < 0 || rewiring > 1) throw new IllegalArgumentException("rewiring must be in 0..1, got " + rewiring);
        if (crossWijkShare < 0 || crossWijkShare > 1) throw new IllegalArgumentException("cross-wijk share must be in 0..1, got " + crossWijkShare);
        this.meanDegree = meanDegree;
        this.rewiring = rewiring;
        this.crossWijkShare = crossWijkShare;
    }

    /**
     * @param wijkStart first resident of each wijk, ascending, with wijkStart[w+1] the end of wijk w
     *                  (one extra element at the end holds the resident count)
     * @param districtOfWijk district of each wijk: cross-wijk ties stay inside a district
     */
    public ResidentNetwork generate(int[] wijkStart, int[] districtOfWijk, long networkSeed) {
        Random rng = new MersenneRandom(networkSeed);
        int residents = wijkStart[wijkStart.length - 1];
        int wijken = wijkStart.length - 1;
        // Rewiring keeps a wijk's tie count, so the rows' room is known before the first draw.
        long within = 0;
        for (int w = 0; w < wijken; w++) within += withinTies(wijkStart[w + 1] - wijkStart[w]);
        long cross = wijken < 2 ? 0 : Math.round(within * crossWijkShare);
        int[] offsets = new int[residents + 1];
        int[] targets = new int[Math.toIntExact(2 * within + 2 * cross)];
        SmallWorld world = new SmallWorld();
        int at = 0;
        for (int w = 0; w < wijken; w++) at = addSmallWorld(wijkStart[w], wijkStart[w + 1] - wijkStart[w], rng, world, offsets, targets, at);
        offsets[residents] = at;
        CrossTies ties = new CrossTies(cross);
        for (long i = 0; i < cross; i++) {
            int w = rng.nextInt(wijken);
            int other = sameDistrictOtherWijk(w, districtOfWijk, rng);
            if (other < 0) continue;
            int a = wijkStart[w] + rng.nextInt(wijkStart[w + 1] - wijkStart[w]);
            int b = wijkStart[other] + rng.nextInt(wijkStart[other + 1] - wijkStart[other]);
            ties.add(a, b);
        }
        ties.insertInto(offsets, targets);
        return new ResidentNetwork(offsets, targets);
    }

    /** The ties of a wijk of n residents: n k / 2 for the small world, a star where it is too small for one. */
    private long withinTies(int n) {
        if (n < 2) return 0;
        int k = degreeIn(n);
        return k < 2 ? n - 1 : (long) n * k / 2;
    }

    /** A wijk too small for the degree links everyone it can. */
    private int degreeIn(int n) {
        return Math.min(meanDegree, n - 1 - (n - 1) % 2);
    }

    /** Writes the wijk's rows (its residents are consecutive) from {@code at}; returns where the next wijk starts. */
    private int addSmallWorld(int first, int n, Random rng, SmallWorld world, int[] offsets, int[] targets, int at) {
        if (n < 2) {
            for (int v = 0; v < n; v++) offsets[first + v] = at;
            return at;
        }
        int k = degreeIn(n);
        if (k < 2) { // n == 2
            offsets[first] = at;
            targets[at++] = first + 1;
            offsets[first + 1] = at;
            targets[at++] = first;
            return at;
        }
        world.draw(n, k, rewiring, rng);
        for (int v = 0; v < n; v++) {
            offsets[first + v] = at;
            at = world.writeRow(v, first, targets, at);
        }
        return at;
    }

    private static int sameDistrictOtherWijk(int w, int[] districtOfWijk, Random rng) {
        int d = districtOfWijk[w];
        int lo = w, hi = w;
        while (lo > 0 && districtOfWijk[lo - 1] == d) lo--;
        while (hi < districtOfWijk.length - 1 && districtOfWijk[hi + 1] == d) hi++;
        if (hi == lo) return -1;
        int pick = lo + rng.nextInt(hi - lo);
        return pick >= w ? pick + 1 : pick;
    }
}
