package nl.samenspel.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.scenario.ParameterSchema;
import org.junit.jupiter.api.Test;

class DesignTest {
    private static VariedParameter range(String key, double low, double high, int steps) {
        return new VariedParameter(key, ParameterSchema.get().spec(key), null, low, high, steps);
    }

    @Test
    void fullFactorialTakesEveryCombinationFirstParameterSlowest() {
        List<Object[]> pts = new FullFactorial().points(List.of(
                new VariedParameter("coordinators.posts", ParameterSchema.get().spec("coordinators.posts"), List.of(0L, 3L), 0, 0, 0),
                range("ties.decay", 0.01, 0.03, 3)), 1);
        assertEquals(6, pts.size());
        assertArrayEquals(new Object[] {0L, 0.01}, pts.get(0));
        assertArrayEquals(new Object[] {0L, 0.02}, pts.get(1));
        assertArrayEquals(new Object[] {3L, 0.03}, pts.get(5));
    }

    @Test
    void integerRangesGiveWholeNumbers() {
        assertEquals(List.of(8L, 14L, 20L), range("wijkteam.caseload", 8, 20, 3).levels());
        VariedParameter posts = range("coordinators.posts", 0, 3, 0);
        assertEquals(List.of(0L, 1L, 2L, 3L), java.util.stream.IntStream.range(0, 8).mapToObj(k -> posts.at((k + 0.5) / 8)).distinct().toList(),
                "each whole number gets an equal share");
        assertEquals(3L, posts.at(1.0));
    }

    @Test
    void latinHypercubeUsesEachStratumOnce() {
        int n = 50;
        double[][] u = LatinHypercube.unit(n, 3, 17);
        for (int i = 0; i < 3; i++) {
            boolean[] seen = new boolean[n];
            for (double[] row : u) {
                int stratum = (int) Math.floor(row[i] * n);
                assertTrue(!seen[stratum], "stratum " + stratum + " twice in dimension " + i);
                seen[stratum] = true;
            }
        }
        assertArrayEquals(u[7], LatinHypercube.unit(n, 3, 17)[7], "same seed, same design");
    }

    @Test
    void saltelliBlocksAreABAndABi() {
        int d = 3;
        double[][] u = SobolSaltelli.unit(8, d);
        assertEquals(8 * (d + 2), u.length);
        for (int j = 0; j < 8; j++) {
            double[] a = u[j * (d + 2)];
            double[] b = u[j * (d + 2) + 1];
            for (int i = 0; i < d; i++) {
                double[] ab = u[j * (d + 2) + 2 + i];
                for (int k = 0; k < d; k++) assertEquals(k == i ? b[k] : a[k], ab[k]);
            }
        }
    }

    @Test
    void badDesignParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LatinHypercube(0));
        assertThrows(IllegalArgumentException.class, () -> new SobolSaltelli(1));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("3/2"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("x"));
    }

    @Test
    void slurmArrayIdsCountFromTheirMinimum() {
        assertEquals(new Shard(1, 4), Shard.fromSlurm(java.util.Map.of("SLURM_ARRAY_TASK_ID", "0", "SLURM_ARRAY_TASK_COUNT", "4", "SLURM_ARRAY_TASK_MIN", "0")));
        assertEquals(new Shard(4, 4), Shard.fromSlurm(java.util.Map.of("SLURM_ARRAY_TASK_ID", "4", "SLURM_ARRAY_TASK_COUNT", "4", "SLURM_ARRAY_TASK_MIN", "1")));
    }
}
