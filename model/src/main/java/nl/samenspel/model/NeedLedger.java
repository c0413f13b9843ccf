package nl.samenspel.model;

/**
 * Cumulative need counts over the whole run (warm-up included) and the per-week cohorts behind
 * reach and retention. Every need that arose is open, answered or unanswered.
 */
public final class NeedLedger {
    public long arisen;
    public long answered;
    public long unanswered;
    final int[] arisenIn;
    final int[] answeredWithin4In;
    final int[] joinedIn;
    final int[] stillActiveFromJoin;
    final int[] activeAt;

    NeedLedger(int totalWeeks) {
        arisenIn = new int[totalWeeks + 1];
        answeredWithin4In = new int[totalWeeks + 1];
        joinedIn = new int[totalWeeks + 1];
        stillActiveFromJoin = new int[totalWeeks + 1];
        activeAt = new int[totalWeeks + 1];
    }

    public void recordActive(int week, int active) {
        activeAt[week] = active;
    }

    public int activeAt(int week) { return week < 0 ? 0 : activeAt[week]; }

    void needArose(int week) {
        arisen++;
        arisenIn[week]++;
    }

    void needAnswered(Need n, int week) {
        answered++;
        if (week - n.weekArisen <= 4) answeredWithin4In[n.weekArisen]++;
    }

    void needUnanswered() {
        unanswered++;
    }

    void volunteerJoined(int week) {
        joinedIn[week]++;
        stillActiveFromJoin[week]++;
    }

    void volunteerLeft(int joinWeek) {
        if (joinWeek >= 0) stillActiveFromJoin[joinWeek]--;
    }

    public int arisenIn(int week) { return week < 0 ? 0 : arisenIn[week]; }
    public int answeredWithin4In(int week) { return week < 0 ? 0 : answeredWithin4In[week]; }
    public int joinedIn(int week) { return week < 0 ? 0 : joinedIn[week]; }
    public int stillActiveFromJoin(int week) { return week < 0 ? 0 : stillActiveFromJoin[week]; }
}
