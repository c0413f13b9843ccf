package nl.samenspel.model;

/**
 * Cumulative need counts over the whole run (warm-up included) and the per-week cohorts behind
 * reach and retention. Every need that arose is either still with the model (open or being
 * helped) or closed, exactly once: {@code arisen = inModel + closed} every week.
 * {@link #answered} counts first take-ups; a need given back and taken up again counts once.
 */
public final class NeedLedger {
    /**
     * Per district, the closes and first take-ups: a district task counts in its own row only, so
     * tasks that run at once never write one counter, nor (the counters sit in the middle of a row
     * of 16) one cache line.
     */
    private final long[][] counts;
    private static final int ANSWERED = 8, HELPED = 9, UNANSWERED = 10, ESCALATED = 11;
    /** By district and week of arising. */
    final int[][] arisenIn;
    /** By district, by who first took it up within 4 weeks (index: {@link Need.HelperKind#ordinal()}) and by week of arising. */
    final int[][][] answeredWithin4In;
    final int[] joinedIn;
    final int[] stillActiveFromJoin;
    final int[] activeAt;

    NeedLedger(int totalWeeks, int districts) {
        counts = new long[districts][16];
        arisenIn = new int[districts][totalWeeks + 1];
        answeredWithin4In = new int[districts][Need.HelperKind.values().length][totalWeeks + 1];
        joinedIn = new int[totalWeeks + 1];
        stillActiveFromJoin = new int[totalWeeks + 1];
        activeAt = new int[totalWeeks + 1];
    }

    private long sum(int counter) {
        long n = 0;
        for (long[] c : counts) n += c[counter];
        return n;
    }

    /** First take-ups. */
    public long answered() { return sum(ANSWERED); }
    public long closedHelped() { return sum(HELPED); }
    public long closedUnanswered() { return sum(UNANSWERED); }
    public long closedEscalated() { return sum(ESCALATED); }

    public long closed() {
        return closedHelped() + closedUnanswered() + closedEscalated();
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

    void needTakenUp(Need n, int week, int district) {
        counts[district][ANSWERED]++;
        if (week - n.weekArisen <= 4) answeredWithin4In[district][n.helperKind().ordinal()][n.weekArisen]++;
    }

    void needClosed(Need.Close how, int district) {
        counts[district][switch (how) {
            case HELPED -> HELPED;
            case UNANSWERED -> UNANSWERED;
            case ESCALATED -> ESCALATED;
        }]++;
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
        for (int[][] district : answeredWithin4In) for (int[] by : district) n += by[week];
        return n;
    }

    public int answeredWithin4In(int week, Need.HelperKind by) {
        if (week < 0) return 0;
        int n = 0;
        for (int[][] district : answeredWithin4In) n += district[by.ordinal()][week];
        return n;
    }

    public int joinedIn(int week) { return week < 0 ? 0 : joinedIn[week]; }
    public int stillActiveFromJoin(int week) { return week < 0 ? 0 : stillActiveFromJoin[week]; }
}
