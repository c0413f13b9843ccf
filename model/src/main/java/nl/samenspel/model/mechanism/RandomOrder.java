package nl.samenspel.model.mechanism;

import ec.util.MersenneTwisterFast;
import java.util.List;

/** Agents of one kind act in a random order each week, drawn from their district's stream (MODEL.md section 3). */
final class RandomOrder {
    private RandomOrder() {}

    static <T> void shuffle(List<T> list, MersenneTwisterFast r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /**
     * The positions 0..m-1 in the order {@link #shuffle} would leave a list of m elements: the
     * same draws, so a list read through them is in the same order as the list shuffled. Written
     * into {@code room} (reused week after week), or into a larger array if it is too small.
     */
    static int[] positions(int m, int[] room, MersenneTwisterFast r) {
        int[] p = room.length >= m ? room : new int[2 * m];
        for (int i = 0; i < m; i++) p[i] = i;
        for (int i = m - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** A whole number of events with the given expected count: its floor, plus one with the chance of its fraction. */
    static int events(double expected, MersenneTwisterFast r) {
        int n = (int) expected;
        return r.nextDouble() < expected - n ? n + 1 : n;
    }
}
