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
    private final List<Coordinator> working;
    /** Per working coordinator: the positions in {@link #order} of her volunteers, ascending. */
    private final int[][] own;
    private final int[] ownCount;
    /** Positions of the volunteers without a coordinator, ascending, and the next one not yet taken. */
    private final int[] free;
    private int freeCount, freeNext;

    CoachingQueue(List<Coordinator> working, List<Volunteer> order) {
        this.order = order;
        this.working = working;
        int c = working.size(), n = order.size();
        own = new int[c][];
        ownCount = new int[c];
        free = new int[n];
        int[] of = new int[n];
        for (int i = 0; i < n; i++) {
            Coordinator coach = order.get(i).coach;
            of[i] = coach == null ? -1 : indexOf(coach);
            if (of[i] >= 0) ownCount[of[i]]++;
        }
        for (int k = 0; k < c; k++) own[k] = new int[ownCount[k]];
        java.util.Arrays.fill(ownCount, 0);
        for (int i = 0; i < n; i++) {
            if (of[i] == -1) free[freeCount++] = i;
            else if (of[i] >= 0) own[of[i]][ownCount[of[i]]++] = i;
            // of[i] == -2: her coordinator is not working this week; nobody else takes her on
        }
    }

    /** -2 for a coordinator who is not among this week's working ones. */
    private int indexOf(Coordinator c) {
        for (int k = 0, m = working.size(); k < m; k++) if (working.get(k) == c) return k;
        return -2;
    }

    /**
     * The {@code k}-th working coordinator's next volunteer to coach, in order of need, or null
     * when there is none; the caller coaches her (which makes a free one hers).
     */
    Volunteer next(int k, int[] cursor) {
        int[] mine = own[k];
        while (true) {
            int a = cursor[0] < ownCount[k] ? mine[cursor[0]] : Integer.MAX_VALUE;
            int b = freeNext < freeCount ? free[freeNext] : Integer.MAX_VALUE;
            if (a == Integer.MAX_VALUE && b == Integer.MAX_VALUE) return null;
            Volunteer v;
            if (a < b) {
                v = order.get(a);
                cursor[0]++;
            } else {
                v = order.get(b);
                freeNext++;
            }
            if (!v.coachedThisWeek) return v;
        }
    }
}
