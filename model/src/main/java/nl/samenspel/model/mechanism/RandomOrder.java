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

    /** A whole number of events with the given expected count: its floor, plus one with the chance of its fraction. */
    static int events(double expected, MersenneTwisterFast r) {
        int n = (int) expected;
        return r.nextDouble() < expected - n ? n + 1 : n;
    }
}
