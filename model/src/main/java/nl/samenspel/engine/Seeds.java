package nl.samenspel.engine;

/**
 * The two seeds of a run: behaviour (every chance event of the weekly steps) and network (the
 * resident network). Researchers vary them separately: network realisations versus process noise.
 */
public record Seeds(long behaviour, long network) {
    /** Both seeds from one: the network seed is a fixed mix of the behaviour seed. */
    public static Seeds of(long seed) {
        return new Seeds(seed, mix(seed ^ 0x6E6574776F726BL));
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
    public static long mix(long z) {
        return nl.samenspel.model.CounterRandom.mix(z);
    }

    /** A seed for stream {@code index} of {@code base}; depends on nothing else (threads, order, shards). */
    public static long derive(long base, long index) {
        return mix(base + 0x9E3779B97F4A7C15L * (index + 1));
    }
}
