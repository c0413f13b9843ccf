package nl.samenspel.model;

import static org.junit.jupiter.api.Assertions.*;

import ec.util.MersenneTwisterFast;
import nl.samenspel.TestWorlds;
import org.junit.jupiter.api.Test;

class WorldBuilderTest {
    /** Issue 14 defect 7: low_trust_wijk_share sets the number of low-trust wijken (rounded), drawn at random. */
    @Test
    void theShareOfLowTrustWijkenSetsTheirNumber() {
        for (int seed = 1; seed <= 20; seed++) {
            boolean[] low = WorldBuilder.lowTrustWijken(4, 0.25, new MersenneTwisterFast(seed));
            int count = 0;
            for (boolean b : low) if (b) count++;
            assertEquals(1, count, "a quarter of 4 wijken, whatever the seed");
        }
        boolean[] first = WorldBuilder.lowTrustWijken(39, 0.3, new MersenneTwisterFast(1));
        int count = 0;
        for (boolean b : first) if (b) count++;
        assertEquals(12, count, "0.3 x 39 = 11.7, rounded");
        int[] hits = new int[4];
        for (int seed = 1; seed <= 400; seed++) {
            boolean[] low = WorldBuilder.lowTrustWijken(4, 0.25, new MersenneTwisterFast(seed));
            for (int w = 0; w < 4; w++) if (low[w]) hits[w]++;
        }
        for (int h : hits) assertEquals(100, h, 30, "each wijk equally likely");
    }

    @Test
    void theDefaultDistrictHasALowTrustWijk() {
        World w = WorldBuilder.build(TestWorlds.params("baseline", "population.low_trust_penalty=0.5", "population.trust_sd=0"), 1, 1);
        int wijken = w.residents.wijkStart.length - 1;
        int low = 0;
        for (int k = 0; k < wijken; k++) if (w.residents.trust[w.residents.wijkStart[k]] < 0.3) low++;
        assertEquals(1, low);
    }

    @Test
    void spreadsAreParameters() {
        World w = WorldBuilder.build(TestWorlds.params("baseline", TestWorlds.tiny("population.helpfulness_sd=0", "population.shame_sd=0")), 3, 1);
        for (int i = 0; i < w.residents.count; i++) {
            assertEquals(0.6f, w.residents.helpfulness[i], 1e-6);
            assertEquals(0.3f, w.residents.shame[i], 1e-6);
        }
    }

    @Test
    void aWholeNumberGammaShapeHasMeanOne() {
        MersenneTwisterFast r = new MersenneTwisterFast(5);
        for (int shape : new int[] {1, 2, 5}) {
            double sum = 0;
            for (int i = 0; i < 20000; i++) sum += WorldBuilder.gamma(shape, r);
            assertEquals(1, sum / 20000, 0.03);
        }
    }
}
