package nl.samenspel.classroom;

/**
 * What the teacher sets in the classroom window (the window shows these in plain words). Changes
 * take effect at the next run; speed at once.
 */
public final class RoomSettings {
    private int groupSize;
    private int secondGroupSize;
    private final boolean compare;
    private int confederates;
    private boolean explicitResponsibility;
    private boolean inView;
    private double loneRate;
    private double speed = 20;
    private boolean cycleGroupSizes;
    private volatile boolean fastForward;

    public RoomSettings(BystanderSetup fitted, int groupSize, int secondGroupSize, boolean compare) {
        this.groupSize = groupSize;
        this.secondGroupSize = secondGroupSize;
        this.compare = compare;
        this.loneRate = fitted.loneRate();
        this.inView = fitted.inView();
    }

    /** Others present besides the measured person (the left room when comparing). */
    public int getGroupSize() { return groupSize; }
    public void setGroupSize(int v) { groupSize = clamp(v, 0, MAX_OTHERS); }

    public int getSecondGroupSize() { return secondGroupSize; }
    public void setSecondGroupSize(int v) { secondGroupSize = clamp(v, 0, MAX_OTHERS); }

    /** Of the others, how many are told never to act and to look unconcerned. */
    public int getConfederates() { return confederates; }
    public void setConfederates(int v) { confederates = clamp(v, 0, MAX_OTHERS); }

    /** The measured person is named first responder (001:998). */
    public boolean getExplicitResponsibility() { return explicitResponsibility; }
    public void setExplicitResponsibility(boolean v) { explicitResponsibility = v; }

    /** Everyone in one room, seeing who has not acted; false: over an intercom (the seizure experiment). */
    public boolean getInView() { return inView; }
    public void setInView(boolean v) { inView = v; }

    /** Chance per second that a person alone acts. */
    public double getLoneRate() { return loneRate; }
    public void setLoneRate(double v) { loneRate = Math.max(MIN_LONE_RATE, Math.min(MAX_LONE_RATE, v)); }

    /** Simulated seconds per real second. */
    public double getSpeed() { return speed; }
    public void setSpeed(double v) { speed = Math.max(1, Math.min(120, v)); }

    /** Each new run takes the next group size of 0, 1, 4 (the seizure experiment). */
    public boolean getCycleGroupSizes() { return cycleGroupSizes; }
    public void setCycleGroupSizes(boolean v) { cycleGroupSizes = v; }

    /** When set, the next tick adds {@link #QUICK_RUNS} runs of each group size shown at once (not drawn). */
    public boolean getFastForward() { return fastForward; }
    public void setFastForward(boolean v) { fastForward = v; }

    public boolean compare() { return compare; }

    /** Runs added per group size when the teacher fills the chart. */
    public static final int QUICK_RUNS = 100;

    public static final int MAX_OTHERS = 12;
    public static final double MIN_LONE_RATE = 0.001;
    public static final double MAX_LONE_RATE = 0.2;

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
