package nl.samenspel.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One wijkteam of a district: its professionals, the residents it serves (a contiguous part of
 * the district), its waiting list, and the coordinators it works alongside. A district of a large
 * city has several (Rotterdam: about 43 wijkteams for 14 gebieden, MODEL.md section 8), so that a
 * team's size, not the district's, sets how many colleagues and informal partners one professional has.
 */
public final class Wijkteam {
    public final int id;
    public final District district;
    public final int firstResident;
    public final int residentCount;
    public final List<Professional> members = new ArrayList<>();
    /** Needs waiting for this team's intake. */
    public final Deque<Need> waitingList = new ArrayDeque<>();

    public Wijkteam(int id, District district, int firstResident, int residentCount) {
        this.id = id;
        this.district = district;
        this.firstResident = firstResident;
        this.residentCount = residentCount;
    }

    public boolean serves(int resident) {
        return resident >= firstResident && resident < firstResident + residentCount;
    }

    /** True when the wijk's residents [from, to) overlap the team's. */
    public boolean overlaps(int from, int to) {
        return from < firstResident + residentCount && to > firstResident;
    }

    @Override public String toString() { return "wijkteam#" + district.id + "." + id; }
}
