package nl.samenspel.model;

/**
 * Chance numbers addressed by a key instead of drawn from a stream: the number for (seed, week,
 * resident) is the same whatever happened before. Needs arise from these, so that scenarios
 * compared on one seed (common random numbers) face the same needs in the same weeks, however
 * differently the rest of their weeks went. SplitMix64's finaliser mixes the key.
 */
public final class CounterRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private CounterRandom() {}

    /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A 64-bit key for (seed, a, b); further numbers for the same key come from {@link #uniform(long, int)}. */
    public static long key(long seed, long a, long b) {
        return key(prefix(seed, a), b);
    }

    /** The part of a key that (seed, a) fix: computed once, it serves every b (a week's residents). */
    public static long prefix(long seed, long a) {
        return mix(seed + GOLDEN * (a + 1));
    }

    /** The key for (prefix(seed, a), b): the same as {@link #key(long, long, long)}. */
    public static long key(long prefix, long b) {
        return mix(prefix + GOLDEN * (b + 1));
    }

    /**
     * For the addresses {@code from .. from + n - 1} under {@code prefix}: the mixed bits of each
     * one's first uniform number, {@code uniform(key(prefix, from + k), 0)}, into {@code out[k]}
     * (read them with {@link #uniformOfMixed}). The same numbers, computed a block at a time: the
     * key's mix and the number's mix (k = 0 adds nothing to the key) as two plain array loops,
     * which the JIT turns into vector instructions, where a loop that also tests and keeps runs one
     * address at a time (NeedsArise).
     */
    public static void firstUniforms(long prefix, long from, int n, long[] out) {
        for (int k = 0; k < n; k++) out[k] = prefix + GOLDEN * (from + k + 1);
        mixAll(out, n);
        mixAll(out, n);
    }

    /** {@link #mix} of each of {@code z[0..n)}, in place, written out so that the loop is plain for the JIT. */
    private static void mixAll(long[] z, int n) {
        for (int k = 0; k < n; k++) {
            long x = z[k];
            x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
            x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
            z[k] = x ^ (x >>> 31);
        }
    }

    /** {@link #uniform(long, int) uniform(key, 0)} from the bits {@link #firstUniforms} leaves: the same double. */
    public static double uniformOfMixed(long mixed) {
        return (mixed >>> 11) * 0x1.0p-53;
    }

    /** The {@code k}-th uniform number in [0, 1) of a key. */
    public static double uniform(long key, int k) {
        return (mix(key + GOLDEN * k) >>> 11) * 0x1.0p-53;
    }
}
