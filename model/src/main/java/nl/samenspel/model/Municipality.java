package nl.samenspel.model;

import ec.util.MersenneTwisterFast;

/**
 * The levers of MODEL.md section 5 as they stand during a run. Most are set once from the
 * parameters; a teacher may pull {@link #cutCoordinatorsNow()} mid-run in the classroom window.
 */
public final class Municipality {
    /** Week (absolute) at which all coordinator posts are cut, or -1. */
    private int cutAtWeek;
    private boolean coordinatorsCut;
    private final MersenneTwisterFast random;

    Municipality(int cutAtWeek, MersenneTwisterFast random) {
        this.cutAtWeek = cutAtWeek;
        this.random = random;
    }

    /**
     * The stream of chance events that concern several districts at once (which wijken have low
     * trust, when the world is built); drawn serially, in a fixed order, never from a district's step.
     */
    public MersenneTwisterFast random() {
        return random;
    }

    public boolean coordinatorsCut() {
        return coordinatorsCut;
    }

    /** True in the week the cut takes effect. */
    public boolean cutDue(int week) {
        return !coordinatorsCut && cutAtWeek >= 0 && week >= cutAtWeek;
    }

    public void markCut() {
        coordinatorsCut = true;
    }

    /** The week (absolute) of the cut, or -1 for none; a cut already made stays made. */
    public void cutAt(int week) {
        cutAtWeek = week;
    }

    /** Cut all coordinator posts at the next calendar step. */
    public void cutCoordinatorsNow() {
        cutAtWeek = 0;
    }
}
