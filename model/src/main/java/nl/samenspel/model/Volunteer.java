package nl.samenspel.model;

import java.util.ArrayList;
import java.util.List;

/** A resident who volunteers in an initiative. MODEL.md section 2, entity Volunteer. */
public final class Volunteer implements Actor {
    private final int id;
    public final int resident;
    public Initiative initiative;
    public double motivation;
    public final int weekJoined;
    /** Strength of the tie to the initiative's coordinator, 0..1. */
    public double coordinatorTie;
    /** Unclear tasks make volunteers quit, 001:537-539; rises when a new team or provider arrives. */
    public double roleAmbiguity;
    public final List<Need> matches = new ArrayList<>(2);
    public boolean coachedThisWeek;
    /** The coordinator who coaches her; her tie is lost when that coordinator leaves. */
    public Coordinator coach;
    public boolean active = true;

    public Volunteer(int id, int resident, Initiative initiative, double motivation, int weekJoined) {
        this.id = id;
        this.resident = resident;
        this.initiative = initiative;
        this.motivation = motivation;
        this.weekJoined = weekJoined;
    }

    public int load() {
        return matches.size();
    }

    @Override public int id() { return id; }
    @Override public String role() { return "volunteer"; }
    @Override public int hashCode() { return id; }
    @Override public String toString() { return "volunteer#" + id; }
}
