package nl.samenspel.model;

import java.util.ArrayList;
import java.util.List;

/** A wijkteam member. MODEL.md section 2, entity Professional. */
public final class Professional implements Actor {
    private final int id;
    public final District district;
    /** The wijkteam she works in; her cases and ties are with its residents and partners. */
    public final Wijkteam team;
    public Provider employer;
    public final int weekStarted;
    public int inactiveUntil;
    /** A liaison ties team and initiatives and takes no cases (001:235-238). */
    public final boolean liaison;
    public final List<Need> cases = new ArrayList<>();
    public double communityHours;
    public double caseworkHours;

    public Professional(int id, Wijkteam team, Provider employer, int weekStarted, int inactiveUntil, boolean liaison) {
        this.id = id;
        this.team = team;
        this.district = team == null ? null : team.district;
        this.employer = employer;
        this.weekStarted = weekStarted;
        this.inactiveUntil = inactiveUntil;
        this.liaison = liaison;
    }

    public boolean isWorking(int week) {
        return week >= inactiveUntil;
    }

    @Override public int id() { return id; }
    @Override public String role() { return liaison ? "liaison" : "professional"; }
    @Override public int hashCode() { return id; }
    @Override public String toString() { return role() + "#" + id; }
}
