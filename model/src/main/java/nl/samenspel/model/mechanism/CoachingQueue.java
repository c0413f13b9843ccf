package nl.samenspel.model.mechanism;

import java.util.List;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.Volunteer;

/**
 * A district's week of coaching ({@link Coordination}): who needs it, in order of need, split by
 * whose volunteer she is. Each working coordinator coaches, in that order, her own volunteers and
 * those without a coordinator, who become hers. Split once, so that a coordinator goes over her
 * own and the free ones only, not past every colleague's (in a district of 65,000 residents, 39
 * coordinators each stepped over some 900 volunteers a week). Every free volunteer suits every
 * coordinator, so they are taken strictly in order: one cursor serves all coordinators.
 */
final class CoachingQueue {
    private final List<Volunteer> order;
    /** Per working coordinator: the positions in {@link #order} of her volunteers, ascending, and the next one to take. */
    private final int[][] own;
    private final int[] ownNext;
    /** Positions of the volunteers without a coordinator, ascending, and the next one not yet taken. */
    private final int[] free;
    private int freeCount, freeNext;

    CoachingQueue(List<Coordinator> working, List<Volunteer> order) {
        this.order = order;
        int c = working.size(), n = order.size();
        int[] of = new int[n], count = new int[c];
        for (int i = 0; i < n; i++) {
            Coordinator coach = order.get(i).coach;
            of[i] = coach == null ? -1 : indexOf(working, coach);
            if (of[i] >= 0) count[of[i]]++;
        }
        own = new int[c][];
        for (int k = 0; k < c; k++) own[k] = new int[count[k]];
        ownNext = new int[c]; // fills own[k] first, then is reset to serve as its cursor
        free = new int[n];
        for (int i = 0; i < n; i++) {
            if (of[i] == -1) free[freeCount++] = i;
            else if (of[i] >= 0) own[of[i]][ownNext[of[i]]++] = i;
            // of[i] == -2: her coordinator is not working this week; nobody else takes her on
        }
        java.util.Arrays.fill(ownNext, 0);
    }

    /** -2 for a coordinator who is not among this week's working ones. */
    private static int indexOf(List<Coordinator> working, Coordinator c) {
        for (int k = 0, m = working.size(); k < m; k++) if (working.get(k) == c) return k;
        return -2;
    }

    /**
     * The {@code k}-th working coordinator's next volunteer to coach, in order of need, or null
     * when there is none; the caller coaches her (which makes a free one hers).
     */
    Volunteer next(int k) {
        int[] mine = own[k];
        while (true) {
            int a = ownNext[k] < mine.length ? mine[ownNext[k]] : Integer.MAX_VALUE;
            int b = freeNext < freeCount ? free[freeNext] : Integer.MAX_VALUE;
            if (a == Integer.MAX_VALUE && b == Integer.MAX_VALUE) return null;
            Volunteer v;
            if (a < b) {
                v = order.get(a);
                ownNext[k]++;
            } else {
                v = order.get(b);
                freeNext++;
            }
            if (!v.coachedThisWeek) return v;
        }
    }
}
