package nl.samenspel.classroom;

import sim.util.Interval;

/**
 * What the teacher sets in the classroom window, as MASON inspector properties (getX/setX, and
 * domX for a slider). Changes take effect at the next run; speed at once.
 */
public final class RoomSettings {
    private int groupSize;
    private int secondGroupSize;
    private final boolean compare;
    private int confederates;
    private boolean explicitResponsibility;
    private double loneRate;
    private double speed = 20;
    private boolean cycleGroupSizes;
    private volatile boolean fastForward;

    public RoomSettings(BystanderSetup fitted, int groupSize, int secondGroupSize, boolean compare) {
        this.groupSize = groupSize;
        this.secondGroupSize = secondGroupSize;
        this.compare = compare;
        this.loneRate = fitted.loneRate();
    }

    public int getGroupSize() { return groupSize; }
    public void setGroupSize(int v) { groupSize = clamp(v, 0, MAX_OTHERS); }
    public Object domGroupSize() { return new Interval(0, MAX_OTHERS); }
    public String desGroupSize() { return "Others present besides the measured person (the left room when comparing)."; }

    public int getSecondGroupSize() { return secondGroupSize; }
    public void setSecondGroupSize(int v) { secondGroupSize = clamp(v, 0, MAX_OTHERS); }
    public Object domSecondGroupSize() { return new Interval(0, MAX_OTHERS); }
    public boolean hideSecondGroupSize() { return !compare; }

    public int getConfederates() { return confederates; }
    public void setConfederates(int v) { confederates = clamp(v, 0, MAX_OTHERS); }
    public Object domConfederates() { return new Interval(0, MAX_OTHERS); }
    public String desConfederates() { return "Of the others, how many are told never to act (seen doing nothing)."; }

    public boolean getExplicitResponsibility() { return explicitResponsibility; }
    public void setExplicitResponsibility(boolean v) { explicitResponsibility = v; }
    public String desExplicitResponsibility() { return "One person (the one marked 1) is named first responder (001:998)."; }

    public double getLoneRate() { return loneRate; }
    public void setLoneRate(double v) { loneRate = Math.max(0.001, Math.min(0.2, v)); }
    public Object domLoneRate() { return new Interval(0.001, 0.2); }
    public String desLoneRate() { return "Chance per second that a person alone acts (the seizure fit: about 0.025)."; }

    public double getSpeed() { return speed; }
    public void setSpeed(double v) { speed = Math.max(1, Math.min(120, v)); }
    public Object domSpeed() { return new Interval(1.0, 120.0); }
    public String desSpeed() { return "Simulated seconds per real second (1 = real time)."; }

    public boolean getCycleGroupSizes() { return cycleGroupSizes; }
    public void setCycleGroupSizes(boolean v) { cycleGroupSizes = v; }
    public String desCycleGroupSizes() { return "Each new run takes the next group size of 0, 1, 4 (the seizure experiment)."; }

    public boolean getFastForward() { return fastForward; }
    public void setFastForward(boolean v) { fastForward = v; }
    public String desFastForward() { return "Tick to add " + QUICK_RUNS + " runs of each group size shown at once (not drawn), to fill the chart."; }

    public boolean compare() { return compare; }

    /** Runs added per group size when the teacher ticks Fast Forward. */
    public static final int QUICK_RUNS = 100;

    public static final int MAX_OTHERS = 12;

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
