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
    /** Whether the initiative runs a meeting place at all (open or closed). */
    public final boolean hasMeetingPlace;
    public boolean meetingPlaceOpen;

    public Initiative(int id, District district, int wijk, boolean hasMeetingPlace, boolean open) {
        this.id = id;
        this.district = district;
        this.wijk = wijk;
        this.hasMeetingPlace = hasMeetingPlace;
        this.meetingPlaceOpen = hasMeetingPlace && open;
    }

    /** 001:879-880: budget cuts close meeting places; a lever may open them again. */
    public void setMeetingPlaceOpen(boolean open) {
        meetingPlaceOpen = hasMeetingPlace && open;
    }

    @Override public int id() { return id; }
    @Override public String role() { return "initiative"; }
    @Override public int hashCode() { return id; }
    @Override public String toString() { return "initiative#" + id; }
}
