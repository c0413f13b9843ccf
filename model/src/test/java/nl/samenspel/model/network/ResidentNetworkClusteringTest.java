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

    /** A ring lattice (no rewiring) with k neighbours has clustering 3(k-2)/(4(k-1)) (Watts and Strogatz 1998). */
    @Test
    void ringLattice() {
        ResidentNetwork n = new ResidentNetworkGenerator(8, 0, 0).generate(new int[] {0, 500}, new int[] {0}, 3);
        assertEquals(8, n.meanDegree(), 1e-12);
        assertEquals(3.0 * 6 / (4 * 7), n.averageClustering(), 1e-9);
    }
}
