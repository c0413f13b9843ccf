package nl.samenspel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CounterRandomTest {
    /** NeedsArise draws a block's chances through firstUniforms: bit for bit the numbers of key and uniform, one address at a time. */
    @Test
    void firstUniformsGivesTheChancesOfKeyAndUniform() {
        for (long seed : new long[] {1, 42, -7, Long.MAX_VALUE}) {
            long week = CounterRandom.prefix(seed, 123);
            int first = 5_000, n = 1_500;
            long[] u = new long[n];
            CounterRandom.firstUniforms(week, first, n, u);
            for (int k = 0; k < n; k++) {
                double one = CounterRandom.uniform(CounterRandom.key(week, first + k), 0);
                assertEquals(Double.doubleToRawLongBits(one), Double.doubleToRawLongBits(CounterRandom.uniformOfMixed(u[k])));
            }
        }
    }
}
