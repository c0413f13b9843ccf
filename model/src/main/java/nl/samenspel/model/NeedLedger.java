package nl.samenspel.model;

/**
 * Cumulative need counts over the whole run (warm-up included) and the per-week cohorts behind
 * reach and retention. Every need that arose is either still with the model (open or being
 * helped) or closed, exactly once: {@code arisen = inModel + closed} every week.
 * {@link #answered} counts first take-ups; a need given back and taken up again counts once.
 */
public final class NeedLedger {
    /** First take-ups. */
    public long answered;
    public long closedHelped;
    public long closedUnanswered;
    public long closedEscalated;
    /** By district and week of arising: a district task counts in its own row only, so tasks that run at once never share a counter. */
    final int[][] arisenIn;
    /** By week of arising and by who first took it up within 4 weeks (index: {@link Need.HelperKind#ordinal()}). */
    final int[][] answeredWithin4In;
    final int[] joinedIn;
    final int[] stillActiveFromJoin;
    final int[] activeAt;

    NeedLedger(int totalWeeks, int districts) {
        arisenIn = new int[districts][totalWeeks + 1];
        answeredWithin4In = new int[Need.HelperKind.values().length][totalWeeks + 1];
        joinedIn = new int[totalWeeks + 1];
        stillActiveFromJoin = new int[totalWeeks + 1];
        activeAt = new int[totalWeeks + 1];
    }

    public long closed() {
        return closedHelped + closedUnanswered + closedEscalated;
    }

    public void recordActive(int week, int active) {
        activeAt[week] = active;
    }

    public int activeAt(int week) { return week < 0 ? 0 : activeAt[week]; }

    void needArose(int week, int district) {
        arisenIn[district][week]++;
    }

    /** Needs that arose so far, in all districts. */
    public long arisen() {
        long n = 0;
        for (int[] byWeek : arisenIn) for (int k : byWeek) n += k;
        return n;
    }

    /** Synchronized: neighbours take needs up in district tasks that may run at once (the counts add up in any order). */
    synchronized void needTakenUp(Need n, int week) {
        answered++;
        if (week - n.weekArisen <= 4) answeredWithin4In[n.helperKind.ordinal()][n.weekArisen]++;
    }

    /** Synchronized: helpers finish needs in district tasks that may run at once. */
    synchronized void needClosed(Need.Close how) {
        switch (how) {
            case HELPED -> closedHelped++;
            case UNANSWERED -> closedUnanswered++;
            case ESCALATED -> closedEscalated++;
        }
    }

    void volunteerJoined(int week) {
        joinedIn[week]++;
        stillActiveFromJoin[week]++;
    }

    void volunteerLeft(int joinWeek) {
        if (joinWeek >= 0) stillActiveFromJoin[joinWeek]--;
    }

    public int arisenIn(int week) {
        if (week < 0) return 0;
        int n = 0;
        for (int[] byWeek : arisenIn) n += byWeek[week];
        return n;
    }

    /** Needs of that week's cohort first taken up within 4 weeks, by anyone. */
    public int answeredWithin4In(int week) {
        if (week < 0) return 0;
        int n = 0;
        for (int[] by : answeredWithin4In) n += by[week];
        return n;
    }

    public int answeredWithin4In(int week, Need.HelperKind by) { return week < 0 ? 0 : answeredWithin4In[by.ordinal()][week]; }
    public int joinedIn(int week) { return week < 0 ? 0 : joinedIn[week]; }
    public int stillActiveFromJoin(int week) { return week < 0 ? 0 : stillActiveFromJoin[week]; }
}
