package nl.samenspel.model;

/**
 * A help need of one resident. Light needs can be answered by neighbours and volunteers; heavy
 * needs need a professional, and escalate late if they stay too long with a volunteer (004:92, 004:280).
 * A need is <em>open</em> until someone takes it up (it is then <em>answered</em>) or it is closed
 * without help (<em>unanswered</em>); an answered need is worked off by its one helper. A helper
 * who leaves gives it back: it is open again, keeping the weeks it has been open. Every need closes
 * exactly once ({@link Close}).
 */
public final class Need {
    public enum Kind { LIGHT, HEAVY }

    /** Where the need is: at home, on its way through the desk, on the team's waiting list, or with a coordinator. */
    public enum Place { HOME, DESK, WAITING_LIST, REQUESTED, HELPED, CLOSED }

    public enum HelperKind { NONE, NEIGHBOUR, VOLUNTEER, PROFESSIONAL }

    /** How a need closed: helped to the end, never taken up in time, or helped to the end after escalating late. */
    public enum Close { HELPED, UNANSWERED, ESCALATED }

    public final int resident;
    public final Kind kind;
    public final int weekArisen;
    public double hoursLeft;
    /**
     * Most hours a week the need can take: a recurring light need (company, a weekly lift) is a
     * few hours every week for some weeks; a one-off job has no weekly limit.
     */
    public double weeklyHours = Double.POSITIVE_INFINITY;
    /** Where the need is, as {@link Place}'s ordinal: a byte, not a reference, so that moving an old need costs G1 no card to refine. */
    private byte place;
    /** Who took it up, as {@link HelperKind}'s ordinal (a byte, as {@link #place}). */
    private byte helperKind;
    /** The helping neighbour's resident index, when helperKind is NEIGHBOUR. */
    public int neighbourHelper = -1;
    public Volunteer volunteer;
    public Professional professional;
    /** Week of the first take-up, or -1; a need given back keeps it ({@code answered_by_*} count first take-ups). */
    public int weekAnswered = -1;
    /** Weeks the need was open before it was last taken up; see {@link #weeksOpen}. */
    public int weeksOpenBefore;
    /** Week the need (last) became open. */
    public int openSince;
    /** True once the need escalated late from a volunteer to the wijkteam (004:92). */
    public boolean escalated;
    /** Weeks this need has been with its volunteer (heavy needs escalate past a limit). */
    public int weeksWithVolunteer;
    /** Week the need leaves the desk (desk route only). */
    public int deskUntil;
    /** Set when the resident gave up at the desk: she asks the wijkteam no more for this need (the volunteer route stays). */
    public boolean gaveUpOnFormal;
    /** The distinct residents who noticed in earlier weeks and did not act: visible inaction, 001:591-592. */
    private int[] passive = NO_ONE;
    private static final int[] NO_ONE = new int[0];
    private int passiveCount;
    /** A one-word filter of {@link #passive}: bit {@link nl.samenspel.model.network.ResidentNetwork#filterBit} of each is set, so most non-members are ruled out without a scan. */
    private long passiveMask;
    /** With explicit responsibility: the neighbour named first responder, or -1 (001:998). */
    public int firstResponder = -1;
    /** True when the need was referred to volunteers by a professional without a coordinator (004:101). */
    public boolean dumped;
    /**
     * True while the need is in its district's list of open needs ({@link District#openNeeds}),
     * which the weekly steps read (noticing, asking, closing unanswered): compaction drops a need
     * taken up, and a need given back must go in again ({@link World#releaseHelper(Need)}).
     */
    boolean listedOpen;
    /** A professional has looked at this light case for referral once (at intake, or while it waited); it gets no second look. */
    public boolean referralConsidered;
    /** True when the need came to volunteers by a professional's referral. */
    public boolean referred;
    /** True once the need reached a wijkteam's waiting list through the access route. */
    public boolean reachedTeam;
    /** The week it first reached the waiting list, and whether its first wait has been counted ({@code wijkteam_wait_weeks}). */
    int weekReachedTeam;
    boolean waitCounted;

    public Need(int resident, Kind kind, int weekArisen, double hours) {
        this.resident = resident;
        this.kind = kind;
        this.weekArisen = weekArisen;
        this.hoursLeft = hours;
        this.openSince = weekArisen;
    }

    /** Weeks the need has been open (waiting for anyone) up to this week, over all its open spells. */
    public int weeksOpen(int week) {
        return weeksOpenBefore + (isOpen() ? week - openSince : 0);
    }

    public boolean wasTakenUp() {
        return weekAnswered >= 0;
    }

    /**
     * Room for {@code most} passive residents: they are her network neighbours, so her degree
     * bounds them, and the list is allocated once at that size instead of doubling as they come.
     */
    public void reservePassive(int most) {
        if (passive.length < most) passive = java.util.Arrays.copyOf(passive, most);
    }

    /** Adds a resident who noticed and did not act; each counts once. */
    public void addPassive(int resident) {
        long bit = nl.samenspel.model.network.ResidentNetwork.filterBit(resident);
        if ((passiveMask & bit) != 0) for (int i = 0; i < passiveCount; i++) if (passive[i] == resident) return;
        passiveMask |= bit;
        if (passiveCount == passive.length) passive = java.util.Arrays.copyOf(passive, Math.max(4, 2 * passive.length));
        passive[passiveCount++] = resident;
    }

    public int passiveCount() {
        return passiveCount;
    }

    /** The union of {@link nl.samenspel.model.network.ResidentNetwork#filterBit} over the passive residents. */
    public long passiveMask() {
        return passiveMask;
    }

    /** The passive residents, in {@code [0, passiveCount())}; read, never written, by callers. */
    public int[] passiveArray() {
        return passive;
    }

    public int passive(int i) {
        return passive[i];
    }

    public boolean isOpen() {
        return helperKind == NO_HELPER && place != CLOSED;
    }

    public boolean isLight() {
        return kind == Kind.LIGHT;
    }

    private static final Place[] PLACES = Place.values();
    private static final byte CLOSED = (byte) Place.CLOSED.ordinal();
    private static final HelperKind[] HELPER_KINDS = HelperKind.values();
    private static final byte NO_HELPER = (byte) HelperKind.NONE.ordinal();

    public HelperKind helperKind() {
        return HELPER_KINDS[helperKind];
    }

    public void helperKind(HelperKind k) {
        helperKind = (byte) k.ordinal();
    }

    public Place place() {
        return PLACES[place];
    }

    public void place(Place p) {
        place = (byte) p.ordinal();
    }
}
