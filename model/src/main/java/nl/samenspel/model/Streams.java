package nl.samenspel.model;

import ec.util.MersenneTwisterFast;

/**
 * The run's random streams, each seeded from the behaviour seed and its own address alone (issue
 * 12): one per district, one for the municipality (what concerns several districts at once) and
 * the seed of the needs' counter-based numbers. A district's stream thus depends on nothing but
 * the seed and its index: not on the other districts, their number or size, nor on threads.
 */
public final class Streams {
    private static final long DISTRICT = 1, MUNICIPALITY = 2, NEEDS = 3;

    private Streams() {}

    public static MersenneTwisterFast district(long behaviourSeed, int district) {
        return stream(CounterRandom.key(behaviourSeed, DISTRICT, district));
    }

    public static MersenneTwisterFast municipality(long behaviourSeed) {
        return stream(CounterRandom.key(behaviourSeed, MUNICIPALITY, 0));
    }

    public static long needsSeed(long behaviourSeed) {
        return CounterRandom.key(behaviourSeed, NEEDS, 0);
    }

    /** All 64 bits of the seed (MersenneTwisterFast's long seed keeps only the low 32). */
    private static MersenneTwisterFast stream(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }
}
