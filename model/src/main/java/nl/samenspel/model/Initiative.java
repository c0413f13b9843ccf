package nl.samenspel.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A volunteer initiative, which may run a meeting place. Its key person is the "Best Person"
 * of 002:474; as an actor it stands for that key figure in samenspel ties.
 */
public final class Initiative implements Actor {
    private final int id;
    public final District district;
    public final int wijk;
    public final List<Volunteer> volunteers = new ArrayList<>();
    public Volunteer keyPerson;
    public boolean meetingPlaceOpen;

    public Initiative(int id, District district, int wijk, boolean meetingPlaceOpen) {
        this.id = id;
        this.district = district;
        this.wijk = wijk;
        this.meetingPlaceOpen = meetingPlaceOpen;
    }

    @Override public int id() { return id; }
    @Override public String role() { return "initiative"; }
    @Override public int hashCode() { return id; }
    @Override public String toString() { return "initiative#" + id; }
}
