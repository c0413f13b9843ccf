package nl.samenspel.model.network;

import ec.util.MersenneTwisterFast;
import java.util.Random;

/**
 * MASON's seeded Mersenne Twister behind the {@link Random} interface that jgrapht's generators
 * take. All of Random's methods go through {@link #next(int)}, so the stream is MASON's.
 */
final class MersenneRandom extends Random {
    private static final long serialVersionUID = 1L;
    private final MersenneTwisterFast mt;

    MersenneRandom(long seed) {
        super(0);
        this.mt = new MersenneTwisterFast(seed);
    }

    @Override
    protected int next(int bits) {
        return mt.nextInt() >>> (32 - bits);
    }

    @Override
    public synchronized void setSeed(long seed) {
        // Random's constructor calls this before mt exists; the seed is MASON's from then on.
        if (mt != null) mt.setSeed(seed);
    }
}
