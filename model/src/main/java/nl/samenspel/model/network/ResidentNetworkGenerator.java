package nl.samenspel.model.network;


import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.generate.WattsStrogatzGraphGenerator;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * Builds the resident network of MODEL.md section 2: a clustered small world per wijk
 * (Watts and Strogatz 1998, jgrapht's generator) plus a few ties across wijken of the same
 * district. Drawn from the network seed alone, so network realisations and process noise can
 * be varied separately.
 */
public final class ResidentNetworkGenerator {
    private final int meanDegree;
    private final double rewiring;
    private final double crossWijkShare;

    public ResidentNetworkGenerator(int meanDegree, double rewiring, double crossWijkShare) {
        if (meanDegree < 2) throw new IllegalArgumentException("mean degree must be at least 2, got " + meanDegree);
        if (meanDegree % 2 != 0) throw new IllegalArgumentException("mean degree must be even (a ring lattice links k/2 on each side), got " + meanDegree);
        if (rewiring < 0 || rewiring > 1) throw new IllegalArgumentException("rewiring must be in 0..1, got " + rewiring);
        if (crossWijkShare < 0 || crossWijkShare > 1) throw new IllegalArgumentException("cross-wijk share must be in 0..1, got " + crossWijkShare);
        this.meanDegree = meanDegree;
        this.rewiring = rewiring;
        this.crossWijkShare = crossWijkShare;
    }

    /**
     * @param wijkStart first resident of each wijk, ascending, with wijkStart[w+1] the end of wijk w
     *                  (one extra element at the end holds the resident count)
     * @param districtOfWijk district of each wijk: cross-wijk ties stay inside a district
     */
    public ResidentNetwork generate(int[] wijkStart, int[] districtOfWijk, long networkSeed) {
        Random rng = new MersenneRandom(networkSeed);
        int residents = wijkStart[wijkStart.length - 1];
        EdgeList edges = new EdgeList(residents * (long) meanDegree / 2 + 16);
        int wijken = wijkStart.length - 1;
        for (int w = 0; w < wijken; w++) {
            addSmallWorld(wijkStart[w], wijkStart[w + 1] - wijkStart[w], rng, edges);
        }
        addCrossWijkTies(wijkStart, districtOfWijk, rng, edges);
        return edges.toNetwork(residents);
    }

    private void addSmallWorld(int first, int n, Random rng, EdgeList edges) {
        if (n < 2) return;
        int k = Math.min(meanDegree, n - 1 - (n - 1) % 2); // a wijk too small for the degree links everyone it can
        if (k < 2) {
            for (int i = 1; i < n; i++) edges.add(first, first + i);
            return;
        }
        Graph<Integer, DefaultEdge> g = new LeanSimpleGraph();
        new WattsStrogatzGraphGenerator<Integer, DefaultEdge>(n, k, rewiring, false, rng).generateGraph(g);
        for (DefaultEdge e : g.edgeSet()) {
            edges.add(first + g.getEdgeSource(e), first + g.getEdgeTarget(e));
        }
    }

    private void addCrossWijkTies(int[] wijkStart, int[] districtOfWijk, Random rng, EdgeList edges) {
        int wijken = wijkStart.length - 1;
        long withinTies = edges.size();
        long cross = Math.round(withinTies * crossWijkShare);
        if (wijken < 2 || cross == 0) return;
        for (long i = 0; i < cross; i++) {
            int w = rng.nextInt(wijken);
            int other = sameDistrictOtherWijk(w, districtOfWijk, rng);
            if (other < 0) continue;
            int a = wijkStart[w] + rng.nextInt(wijkStart[w + 1] - wijkStart[w]);
            int b = wijkStart[other] + rng.nextInt(wijkStart[other + 1] - wijkStart[other]);
            edges.add(a, b);
        }
    }

    private static int sameDistrictOtherWijk(int w, int[] districtOfWijk, Random rng) {
        int d = districtOfWijk[w];
        int lo = w, hi = w;
        while (lo > 0 && districtOfWijk[lo - 1] == d) lo--;
        while (hi < districtOfWijk.length - 1 && districtOfWijk[hi + 1] == d) hi++;
        if (hi == lo) return -1;
        int pick = lo + rng.nextInt(hi - lo);
        return pick >= w ? pick + 1 : pick;
    }

    /**
     * A simple undirected graph without jgrapht's fast vertex-pair index: the generator's few
     * edge look-ups scan a dozen ties instead, and a city's wijken are built with far less memory.
     * Same edges as {@link SimpleGraph} (the index only speeds up look-ups).
     */
    private static final class LeanSimpleGraph extends AbstractBaseGraph<Integer, DefaultEdge> {
        private static final long serialVersionUID = 1L;

        LeanSimpleGraph() {
            super(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, DefaultGraphType.simple(),
                    new DefaultGraphSpecificsStrategy<>());
        }
    }

    /** Growable list of undirected edges, packed into CSR at the end. */
    private static final class EdgeList {
        private int[] a;
        private int[] b;
        private int n;

        EdgeList(long capacity) {
            int c = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, capacity));
            a = new int[c];
            b = new int[c];
        }

        void add(int x, int y) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
                b = java.util.Arrays.copyOf(b, n * 2);
            }
            a[n] = x;
            b[n] = y;
            n++;
        }

        long size() {
            return n;
        }

        ResidentNetwork toNetwork(int residents) {
            int[] degree = new int[residents];
            for (int i = 0; i < n; i++) {
                degree[a[i]]++;
                degree[b[i]]++;
            }
            int[] offsets = new int[residents + 1];
            for (int r = 0; r < residents; r++) offsets[r + 1] = offsets[r] + degree[r];
            int[] fill = java.util.Arrays.copyOf(offsets, residents);
            int[] targets = new int[offsets[residents]];
            for (int i = 0; i < n; i++) {
                targets[fill[a[i]]++] = b[i];
                targets[fill[b[i]]++] = a[i];
            }
            return dedupe(offsets, targets, residents);
        }

        /** Cross-wijk ties may repeat a tie or join a resident to herself; drop those. */
        private static ResidentNetwork dedupe(int[] offsets, int[] targets, int residents) {
            int[] newOffsets = new int[residents + 1];
            int w = 0;
            for (int r = 0; r < residents; r++) {
                int start = offsets[r], end = offsets[r + 1];
                java.util.Arrays.sort(targets, start, end);
                int prev = -1;
                newOffsets[r] = w;
                for (int i = start; i < end; i++) {
                    int t = targets[i];
                    if (t != prev && t != r) targets[w++] = t;
                    prev = t;
                }
            }
            newOffsets[residents] = w;
            return new ResidentNetwork(newOffsets, java.util.Arrays.copyOf(targets, w));
        }
    }
}
