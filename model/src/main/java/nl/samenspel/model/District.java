package nl.samenspel.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A gebied: its wijken, wijkteam, access route, provider, coordinators and initiatives. */
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
    /** Needs on their way through the desk (VraagWijzer), 000:242-248. */
    public final Deque<Need> desk = new ArrayDeque<>();
    /** Requests for a volunteer, matched by coordinators (or by direct ties without one). */
    public final Deque<Need> requests = new ArrayDeque<>();
    /**
     * Residents who would ever volunteer in care: the finite pool (000:281). Residents come and
     * go, so the pool is a ceiling on active volunteers rather than a stock that runs dry.
     */
    public int poolSize;
    /** Residents who showed interest at a meeting place (001:909-913), oldest first. */
    public final Deque<Lead> leads = new ArrayDeque<>();

    /** A resident's interest in volunteering, shown in a given week; it goes cold after a while. */
    public record Lead(int resident, int week) {}

    public District(int id, int firstResident, int residentCount) {
        this.id = id;
        this.firstResident = firstResident;
        this.residentCount = residentCount;
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

    /** Willing residents not yet volunteering here. */
    public int poolLeft() {
        return Math.max(0, poolSize - activeVolunteers());
    }

    public int workingCoordinators(int week) {
        int n = 0;
        for (Coordinator c : coordinators) if (c.isWorking(week)) n++;
        return n;
    }
}
