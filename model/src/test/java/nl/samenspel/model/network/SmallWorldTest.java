package nl.samenspel.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.generate.WattsStrogatzGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * The network built in flat arrays is the network jgrapht's generator built before (the goldens
 * rest on it): the same ties for every resident, in the same (sorted) order, over many sizes,
 * degrees, rewiring chances, shares of cross-wijk ties and seeds.
 */
class SmallWorldTest {
    @Test
    void theSameNetworkAsThroughJgraphtsGenerator() {
        Random pick = new Random(5);
        for (int trial = 0; trial < 150; trial++) {
            int districts = 1 + pick.nextInt(3);
            int wijkenPerDistrict = 1 + pick.nextInt(4);
            int residents = pick.nextInt(8) == 0 ? pick.nextInt(12) : 20 + pick.nextInt(1500);
            int k = 2 * (1 + pick.nextInt(6));
            double p = List.of(0.0, 0.05, 0.1, 0.5, 1.0).get(pick.nextInt(5));
            double share = List.of(0.0, 0.05, 0.3, 1.0).get(pick.nextInt(4));
            long seed = pick.nextLong();
            int[][] layout = layout(residents, districts, wijkenPerDistrict);
            ResidentNetwork built = new ResidentNetworkGenerator(k, p, share).generate(layout[0], layout[1], seed);
            List<List<Integer>> expected = throughJgrapht(layout[0], layout[1], seed, k, p, share);
            String what = "trial " + trial + ": " + residents + " residents, " + districts + "x" + wijkenPerDistrict + " wijken, k " + k + ", p " + p + ", share " + share;
            assertEquals(expected.size(), built.size(), what);
            long ends = 0;
            for (int r = 0; r < residents; r++) {
                List<Integer> row = new ArrayList<>();
                for (int j = 0; j < built.degree(r); j++) row.add(built.neighbour(r, j));
                assertEquals(expected.get(r), row, what + ", resident " + r);
                ends += row.size();
            }
            assertEquals(ends / 2, built.edgeCount(), what);
            assertTrue(built.compressedBytes() >= 4L * (residents + 1 + ends), what);
        }
    }

    private static int[][] layout(int residents, int districts, int perDistrict) {
        int wijken = districts * perDistrict;
        int[] wijkStart = new int[wijken + 1];
        int[] districtOfWijk = new int[wijken];
        for (int d = 0; d < districts; d++) {
            int from = (int) ((long) residents * d / districts), size = (int) ((long) residents * (d + 1) / districts) - from;
            for (int k = 0; k < perDistrict; k++) {
                wijkStart[d * perDistrict + k] = from + (int) ((long) size * k / perDistrict);
                districtOfWijk[d * perDistrict + k] = d;
            }
        }
        wijkStart[wijken] = residents;
        return new int[][] {wijkStart, districtOfWijk};
    }

    /** The generator as it was before (jgrapht's SimpleGraph, an edge list, sorted rows without repeats). */
    private static List<List<Integer>> throughJgrapht(int[] wijkStart, int[] districtOfWijk, long seed, int meanDegree, double p, double share) {
        Random rng = new MersenneRandom(seed);
        int residents = wijkStart[wijkStart.length - 1], wijken = wijkStart.length - 1;
        List<TreeSet<Integer>> rows = new ArrayList<>();
        for (int r = 0; r < residents; r++) rows.add(new TreeSet<>());
        long within = 0;
        for (int w = 0; w < wijken; w++) {
            int first = wijkStart[w], n = wijkStart[w + 1] - first;
            if (n < 2) continue;
            int k = Math.min(meanDegree, n - 1 - (n - 1) % 2);
            if (k < 2) {
                for (int i = 1; i < n; i++, within++) tie(rows, first, first + i);
                continue;
            }
            Graph<Integer, DefaultEdge> g = new SimpleGraph<>(org.jgrapht.util.SupplierUtil.createIntegerSupplier(), org.jgrapht.util.SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
            new WattsStrogatzGraphGenerator<Integer, DefaultEdge>(n, k, p, false, rng).generateGraph(g);
            for (DefaultEdge e : g.edgeSet()) {
                tie(rows, first + g.getEdgeSource(e), first + g.getEdgeTarget(e));
                within++;
            }
        }
        long cross = Math.round(within * share);
        if (wijken >= 2) {
            for (long i = 0; i < cross; i++) {
                int w = rng.nextInt(wijken);
                int d = districtOfWijk[w], lo = w, hi = w;
                while (lo > 0 && districtOfWijk[lo - 1] == d) lo--;
                while (hi < wijken - 1 && districtOfWijk[hi + 1] == d) hi++;
                if (hi == lo) continue;
                int other = lo + rng.nextInt(hi - lo);
                if (other >= w) other++;
                int a = wijkStart[w] + rng.nextInt(wijkStart[w + 1] - wijkStart[w]);
                int b = wijkStart[other] + rng.nextInt(wijkStart[other + 1] - wijkStart[other]);
                if (a != b) tie(rows, a, b);
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (TreeSet<Integer> row : rows) out.add(new ArrayList<>(row));
        return out;
    }

    private static void tie(List<TreeSet<Integer>> rows, int a, int b) {
        rows.get(a).add(b);
        rows.get(b).add(a);
    }
}
