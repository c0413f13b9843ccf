package nl.samenspel.model.network;

import java.util.Arrays;
import java.util.Random;

/**
 * One wijk's Watts-Strogatz small world (Watts and Strogatz 1998), drawn exactly as jgrapht 1.5.2's
 * {@code WattsStrogatzGraphGenerator} draws it (the same calls on the same stream, so the same
 * ties: {@code SmallWorldTest} compares), but in flat int arrays: jgrapht's graph made an object per
 * vertex and per edge, 640 MB of garbage for the city. Reused from wijk to wijk.
 */
final class SmallWorld {
    private int cap;
    private int[] adj = new int[0];
    private int[] deg = new int[0];

    /** The ties of a ring of n residents each linked to its k nearest, then each lattice tie rewired with chance p. */
    void draw(int n, int k, double p, Random rng) {
        cap = k + 8;
        if (adj.length < n * cap) adj = new int[n * cap];
        if (deg.length < n) deg = new int[n];
        Arrays.fill(deg, 0, n, 0);
        for (int i = 0; i < n; i++) {
            for (int j = 1; j <= k / 2; j++) add(i, (i + j) % n, n);
        }
        // Lap r rewires each resident's (r+1)-th clockwise lattice tie, as the generator does.
        for (int r = 0; r < k / 2; r++) {
            for (int i = 0; i < n; i++) {
                if (rng.nextDouble() < p) {
                    int other = rng.nextInt(n);
                    if (other != i && !tied(i, other)) {
                        remove(i, (i + r + 1) % n);
                        add(i, other, n);
                    }
                }
            }
        }
    }

    int degree(int v) {
        return deg[v];
    }

    /** Writes v's neighbours, offset by {@code first}, into {@code out} from {@code at}; returns the next position. */
    int writeRow(int v, int first, int[] out, int at) {
        int base = v * cap;
        for (int j = 0; j < deg[v]; j++) out[at++] = first + adj[base + j];
        return at;
    }

    private boolean tied(int a, int b) {
        int base = a * cap;
        for (int j = 0; j < deg[a]; j++) if (adj[base + j] == b) return true;
        return false;
    }

    private void add(int a, int b, int n) {
        if (deg[a] == cap || deg[b] == cap) grow(n);
        adj[a * cap + deg[a]++] = b;
        adj[b * cap + deg[b]++] = a;
    }

    private void remove(int a, int b) {
        drop(a, b);
        drop(b, a);
    }

    private void drop(int from, int to) {
        int base = from * cap;
        for (int j = 0; j < deg[from]; j++) {
            if (adj[base + j] == to) {
                adj[base + j] = adj[base + --deg[from]];
                return;
            }
        }
        throw new IllegalStateException("no tie " + from + "-" + to);
    }

    /** A resident with many rewired ties: twice the slots for all (rare; rewiring keeps degrees near k). */
    private void grow(int n) {
        int wider = cap * 2;
        int[] a = new int[n * wider];
        for (int v = 0; v < n; v++) System.arraycopy(adj, v * cap, a, v * wider, deg[v]);
        adj = a;
        cap = wider;
    }
}
