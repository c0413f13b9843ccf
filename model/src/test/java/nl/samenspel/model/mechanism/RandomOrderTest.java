package nl.samenspel.model.mechanism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Noticing reads its needs through shuffled positions; they must give the order the list shuffle gives, draw for draw. */
class RandomOrderTest {
    @Test
    void positionsGiveTheOrderOfTheShuffledListAndUseTheSameDraws() {
        int[] room = new int[1];
        for (int m : new int[] {0, 1, 2, 7, 1000}) {
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < m; i++) list.add(i);
            MersenneTwisterFast a = new MersenneTwisterFast(42 + m), b = new MersenneTwisterFast(42 + m);
            RandomOrder.shuffle(list, a);
            int[] p = RandomOrder.positions(m, room, b);
            int[] expected = list.stream().mapToInt(Integer::intValue).toArray();
            int[] got = java.util.Arrays.copyOf(p, m);
            assertArrayEquals(expected, got, "m = " + m);
            assertEquals(a.nextLong(), b.nextLong(), "both streams at the same place afterwards, m = " + m);
        }
    }
}
