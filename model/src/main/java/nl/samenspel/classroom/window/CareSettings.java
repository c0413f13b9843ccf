package nl.samenspel.classroom.window;

import nl.samenspel.engine.CareSimulation;

/** What the teacher can do in the care window: cut the coordinators mid-run, and set the speed. */
public final class CareSettings {
    private final CareSimulation sim;
    private double weeksPerSecond = 8;
    private int cutAtWeek = Integer.MIN_VALUE;

    CareSettings(CareSimulation sim) {
        this.sim = sim;
    }

    public boolean getCutCoordinators() { return sim.world() != null && sim.world().municipality.coordinatorsCut() || cutAtWeek != Integer.MIN_VALUE; }
    /** Cuts all coordinator posts at the next week (000:289); there is no way back in this run. */
    public void setCutCoordinators(boolean cut) {
        if (!cut || getCutCoordinators() || sim.world() == null) return;
        sim.world().municipality.cutCoordinatorsNow();
        cutAtWeek = sim.world().reportedWeek();
    }

    public double getWeeksPerSecond() { return weeksPerSecond; }
    public void setWeeksPerSecond(double v) { weeksPerSecond = Math.max(1, Math.min(52, v)); }

    public int getWeek() { return sim.world() == null ? 0 : sim.world().reportedWeek(); }

    public int getActiveVolunteers() {
        if (sim.world() == null) return 0;
        int n = 0;
        for (var d : sim.world().districts) n += d.activeVolunteers();
        return n;
    }

    /** Reported week at which the teacher cut the coordinators, or MIN_VALUE. */
    int cutAtWeek() { return cutAtWeek; }
}
