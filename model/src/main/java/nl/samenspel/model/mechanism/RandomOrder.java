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

    /** Room for a permutation of {@code m} positions, reused week after week. */
    interface Positions {
        int[] positions(int m);
    }

    /**
     * The positions 0..m-1 in the order {@link #shuffle} would leave a list of m elements: the
     * same draws, so a list read through them is in the same order as the list shuffled.
     */
    static int[] positions(int m, Positions room, MersenneTwisterFast r) {
        int[] p = room.positions(m);
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
