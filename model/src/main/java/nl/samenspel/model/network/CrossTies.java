package nl.samenspel.model.network;

import java.util.Arrays;

/**
 * The ties across wijken, put into the within-wijk rows in place: the rows move back to make
 * room, each row is sorted, and a tie drawn twice, or to a resident herself, is dropped (the
 * network is simple). Sorted rows also make the network independent of the order of drawing.
 */
final class CrossTies {
    private final int[] a;
    private final int[] b;
    private int n;

    CrossTies(long capacity) {
        a = new int[Math.toIntExact(capacity)];
        b = new int[a.length];
    }

    void add(int x, int y) {
        if (x == y) return;
        a[n] = x;
        b[n] = y;
        n++;
    }

    /**
     * {@code offsets} and {@code targets} hold the within-wijk rows, packed from the start of
     * {@code targets}; afterwards they hold every row, sorted, with the unused room at the end.
     */
    void insertInto(int[] offsets, int[] targets) {
        int residents = offsets.length - 1;
        int[] extra = new int[residents];
        for (int i = 0; i < n; i++) {
            extra[a[i]]++;
            extra[b[i]]++;
        }
        // From the last row back, so that no row is overwritten before it has moved.
        int shift = 0;
        for (int r = 0; r < residents; r++) shift += extra[r];
        int end = offsets[residents];
        offsets[residents] = end + shift;
        for (int r = residents - 1; r >= 0; r--) {
            int start = offsets[r], len = end - start;
            shift -= extra[r];
            System.arraycopy(targets, start, targets, start + shift, len);
            end = start;
            offsets[r] = start + shift;
            extra[r] = start + shift + len; // from here on: where row r's next cross tie goes
        }
        for (int i = 0; i < n; i++) {
            targets[extra[a[i]]++] = b[i];
            targets[extra[b[i]]++] = a[i];
        }
        dedupe(offsets, targets);
    }

    /** Sorts every row and drops repeated ties, packing the rows forward. */
    private static void dedupe(int[] offsets, int[] targets) {
        int residents = offsets.length - 1;
        int w = 0;
        for (int r = 0; r < residents; r++) {
            int start = offsets[r], end = offsets[r + 1];
            Arrays.sort(targets, start, end);
            offsets[r] = w;
            int prev = -1;
            for (int i = start; i < end; i++) {
                if (targets[i] != prev) targets[w++] = targets[i];
                prev = targets[i];
            }
        }
        offsets[residents] = w;
    }
}
