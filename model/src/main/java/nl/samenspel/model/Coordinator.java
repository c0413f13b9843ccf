package nl.samenspel.model;

/**
 * Vrijwilligerscoördinator, sociaal makelaar or opbouwwerker. MODEL.md section 2, entity Coordinator.
 * A post can be vacant (no holder yet) or unfunded for a while (late yearly decision).
 */
public final class Coordinator implements Actor {
    private final int id;
    public final District district;
    public Provider employer;
    public final int weekStarted;
    /** Week until which the post is vacant or unfunded; the holder works from this week on. */
    public int inactiveUntil;
    /** The wijkteam whose professionals she works alongside (ties, referrals); set when the post is filled. */
    public Wijkteam team;

    public Coordinator(int id, District district, Provider employer, int weekStarted, int inactiveUntil) {
        this.id = id;
        this.district = district;
        this.employer = employer;
        this.weekStarted = weekStarted;
        this.inactiveUntil = inactiveUntil;
    }

    public boolean isWorking(int week) {
        return week >= inactiveUntil;
    }

    @Override public int id() { return id; }
    @Override public String role() { return "coordinator"; }
    @Override public int hashCode() { return id; }
    @Override public String toString() { return "coordinator#" + id; }
}
