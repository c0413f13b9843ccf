package nl.samenspel.model;

/**
 * A help need of one resident. Light needs can be answered by neighbours and volunteers; heavy
 * needs need a professional, and escalate late if they stay too long with a volunteer (004:92, 004:280).
 * A need is <em>open</em> until someone takes it up (it is then <em>answered</em>) or it is closed
 * without help (<em>unanswered</em>); an answered need is worked off by its one helper.
 */
public final class Need {
    public enum Kind { LIGHT, HEAVY }

    /** Where the need is: at home, on its way through the desk, on the team's waiting list, or with a coordinator. */
    public enum Place { HOME, DESK, WAITING_LIST, REQUESTED, HELPED, CLOSED }

    public enum HelperKind { NONE, NEIGHBOUR, VOLUNTEER, PROFESSIONAL }

    public final int resident;
    public final Kind kind;
    public final int weekArisen;
    public double hoursLeft;
    public Place place = Place.HOME;
    public HelperKind helperKind = HelperKind.NONE;
    /** The helping neighbour's resident index, when helperKind is NEIGHBOUR. */
    public int neighbourHelper = -1;
    public Volunteer volunteer;
    public Professional professional;
    public int weekAnswered = -1;
    /** Weeks this need has been with its volunteer (heavy needs escalate past a limit). */
    public int weeksWithVolunteer;
    /** Week the need leaves the desk (desk route only). */
    public int deskUntil;
    /** Set when the resident gave up at the desk: the formal route is closed for this need. */
    public boolean gaveUpOnFormal;
    /** Neighbours who noticed in earlier weeks and did not act: visible inaction, 001:591-592. */
    public int passiveNoticers;
    /** With explicit responsibility: the neighbour named first responder, or -1 (001:998). */
    public int firstResponder = -1;
    /** True when the need was referred to volunteers by a professional without a coordinator (004:101). */
    public boolean dumped;
    /** True when the need came to volunteers by a professional's referral. */
    public boolean referred;

    public Need(int resident, Kind kind, int weekArisen, double hours) {
        this.resident = resident;
        this.kind = kind;
        this.weekArisen = weekArisen;
        this.hoursLeft = hours;
    }

    public boolean isOpen() {
        return helperKind == HelperKind.NONE && place != Place.CLOSED;
    }

    public boolean isLight() {
        return kind == Kind.LIGHT;
    }
}
