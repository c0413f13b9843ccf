package nl.samenspel.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResidentNetworkClusteringTest {
    /** A triangle 0-1-2 with a pendant 3 on 2: local clustering 1, 1, 1/3, 0 (networkx's average_clustering gives 7/12). */
    @Test
    void triangleWithPendant() {
        int[] offsets = {0, 2, 4, 7, 8};
        int[] targets = {1, 2, 0, 2, 0, 1, 3, 2};
        ResidentNetwork n = new ResidentNetwork(offsets, targets);
        assertEquals(7.0 / 12, n.averageClustering(), 1e-12);
        n.addTie(3, 0);
        assertEquals((2.0 / 3 + 1 + 2.0 / 3 + 1) / 4, n.averageClustering(), 1e-12, "ties made later count too: 0 and 2 see 2 of 3 pairs tied, 1 and 3 all");
    }

    /** The pair-by-pair definition, as the code had it: the fast count must give the same double. */
    private static double clusteringPairByPair(ResidentNetwork n) {
        double sum = 0;
        for (int i = 0; i < n.size(); i++) {
            int d = n.degree(i);
            if (d < 2) continue;
            long links = 0;
            for (int a = 0; a < d; a++) for (int b = a + 1; b < d; b++) if (n.connected(n.neighbour(i, a), n.neighbour(i, b))) links++;
            sum += 2.0 * links / ((double) d * (d - 1));
        }
        return sum / n.size();
    }

    @Test
    void theFastCountIsThePairByPairDefinitionBitForBit() {
        for (int seed = 1; seed <= 6; seed++) {
            for (double rewire : new double[] {0, 0.1, 0.5}) {
                ResidentNetwork n = new ResidentNetworkGenerator(6 + 2 * (seed % 3), rewire, 0.05).generate(new int[] {0, 700, 1500}, new int[] {0, 1}, seed);
                java.util.Random r = new java.util.Random(seed);
                for (int t = 0; t < 200; t++) n.addTie(r.nextInt(n.size()), r.nextInt(n.size()));
                assertEquals(Double.doubleToLongBits(clusteringPairByPair(n)), Double.doubleToLongBits(n.averageClustering()), "seed " + seed + ", rewiring " + rewire);
            }
        }
    }

    /** A ring lattice (no rewiring) with k neighbours has clustering 3(k-2)/(4(k-1)) (Watts and Strogatz 1998). */
    @Test
    void ringLattice() {
        ResidentNetwork n = new ResidentNetworkGenerator(8, 0, 0).generate(new int[] {0, 500}, new int[] {0}, 3);
        assertEquals(8, n.meanDegree(), 1e-12);
        assertEquals(3.0 * 6 / (4 * 7), n.averageClustering(), 1e-9);
    }
}
