package nl.samenspel.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A gebied: its wijken, wijkteam, access route, provider, coordinators and initiatives, and its
 * own random stream. Residents, their ties, staff and volunteers never cross districts, so a
 * district's chance events are drawn from {@link #random()} alone: its draws depend on the run's
 * seed and its own history only, never on another district's (issue 12: districts in parallel).
 */
public final class District {
    public final int id;
    public final int firstResident;
    public final int residentCount;
    public Provider provider;
    /** Week the provider last changed at a tender, or a large negative number. */
    public int lastSwitchWeek = -1_000_000;
    /** All professionals of the district, over its wijkteams. */
    public final List<Professional> team = new ArrayList<>();
    /** The district's wijkteams, each with its own members, ties and waiting list. */
    public final List<Wijkteam> teams = new ArrayList<>();
    public final List<Coordinator> coordinators = new ArrayList<>();
    public final List<Initiative> initiatives = new ArrayList<>();
    /**
     * Its residents' needs not yet taken up nor closed, in the order they arose; closed ones are
     * dropped at the end of each week. Kept per district (issue 12): the steps that go through
     * them draw from the district's stream in this order, and districts run in parallel.
     */
    public final List<Need> openNeeds = new ArrayList<>();
    /** Its volunteers in the world's order (the order they entered it), as {@link World#volunteers}; quitters are dropped at the end of each week. */
    public final List<Volunteer> volunteers = new ArrayList<>();
    /** Volunteers who quit in a district task and have yet to leave the world's tie map and ledger ({@link World#quit}). */
    final List<Volunteer> left = new ArrayList<>();
    /** Recruits of a district task not yet numbered and entered in the world's lists ({@link World#addVolunteer}). */
    final List<Volunteer> joined = new ArrayList<>();
    /** Its needs taken up by neighbours, worked off in the helping step (closed ones dropped at the end of each week). */
    public final List<Need> neighbourHelp = new ArrayList<>();
    /** Needs on their way through the desk (VraagWijzer), 000:242-248. */
    public final Deque<Need> desk = new ArrayDeque<>();
    /** Requests for a volunteer, matched by coordinators (or by direct ties without one). */
    public final Deque<Need> requests = new ArrayDeque<>();
    /** The district's residents who would volunteer in care (000:281), in resident order, so each wijk's are a run. */
    public int[] pool = new int[0];
    /** Residents who showed interest (through a volunteer's ties or at a meeting place, 001:909-913), oldest first. */
    public final Deque<Lead> leads = new ArrayDeque<>();

    /** A resident's interest in volunteering, shown in a given week; it goes cold after a while. */
    public record Lead(int resident, int week) {}

    private final MersenneTwisterFast random;

    public District(int id, int firstResident, int residentCount, MersenneTwisterFast random) {
        this.id = id;
        this.firstResident = firstResident;
        this.residentCount = residentCount;
        this.random = random;
    }

    /**
     * The district's stream: every chance event of the weekly steps that concerns this district
     * (its residents' needs excepted, which come from {@link CounterRandom}) draws from it, in the
     * district's own order. Seeded from the run's behaviour seed and the district's index.
     */
    public MersenneTwisterFast random() {
        return random;
    }

    /** The wijkteam that serves a resident of this district. */
    public Wijkteam teamOf(int resident) {
        for (int k = teams.size() - 1; k > 0; k--) if (resident >= teams.get(k).firstResident) return teams.get(k);
        return teams.get(0);
    }

    /** Needs on the waiting lists of all the district's teams (closed ones may linger until compaction). */
    public int waitingCount() {
        int n = 0;
        for (Wijkteam t : teams) n += t.waitingList.size();
        return n;
    }

    public int activeVolunteers() {
        int n = 0;
        for (Initiative ini : initiatives) n += ini.volunteers.size();
        return n;
    }

    /** The members of the pool who live in wijk [first, end) of residents: indices into {@link #pool}, from and to. */
    public int[] poolRange(int firstResident, int endResident) {
        return new int[] {lowerBound(firstResident), lowerBound(endResident)};
    }

    private int lowerBound(int resident) {
        int i = java.util.Arrays.binarySearch(pool, resident);
        return i >= 0 ? i : -i - 1;
    }

    public int workingCoordinators(int week) {
        int n = 0;
        for (Coordinator c : coordinators) if (c.isWorking(week)) n++;
        return n;
    }
}
