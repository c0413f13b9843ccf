package nl.samenspel.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.WeekTally;
import nl.samenspel.model.network.ResidentNetwork;
import nl.samenspel.model.network.SamenspelTies;

/**
 * Everything the weekly steps act on. The world changes only through the mechanisms of
 * {@code mechanism/}, and through the few transitions below that several of them share
 * (a need taken up or closed, a volunteer joining or quitting, staff leaving).
 */
public final class World {
    /**
     * The parameters acting this week: the reference's until the lever start week, the scenario's
     * from then on ({@link #startLevers()}, called by the calendar step).
     */
    public Parameters p;
    /** The scenario's own parameters, which act from {@link #leverStartWeek}. */
    public final Parameters scenario;
    /** Absolute week from which the scenario's parameters act (0 or less: from the start). */
    public final int leverStartWeek;
    public final MersenneTwisterFast random;
    /**
     * The seed of the chances from which needs arise ({@link CounterRandom}): addressed by week
     * and resident rather than drawn from {@link #random}, so that scenarios compared on one seed
     * (common random numbers) face the same needs in the same weeks.
     */
    public final long needsSeed;
    public final Residents residents;
    public final ResidentNetwork network;
    public final List<District> districts;
    public final SamenspelTies ties = new SamenspelTies();
    public final Municipality municipality;
    public final NeedLedger ledger;
    /** Needs not yet taken up nor closed. Closed ones are dropped at the end of each week. */
    public final List<Need> openNeeds = new ArrayList<>();
    /** Needs taken up by neighbours, worked off in the helping step. */
    public final List<Need> neighbourHelp = new ArrayList<>();
    public final List<Volunteer> volunteers = new ArrayList<>();
    private WeekTally tally = new WeekTally();
    private int nextActorId;
    private int nextProviderId;
    /** Absolute week: 0 is the first warm-up week. */
    public int week;

    World(Parameters p, Parameters scenario, MersenneTwisterFast random, long needsSeed, Residents residents, ResidentNetwork network, List<District> districts) {
        this.p = p;
        this.scenario = scenario;
        this.leverStartWeek = p.simulation().warmupWeeks() + p.simulation().leverStartWeek();
        this.random = random;
        this.needsSeed = needsSeed;
        this.residents = residents;
        this.network = network;
        this.districts = districts;
        this.municipality = new Municipality(p.coordinators().cutWeek() < 0 ? -1 : p.simulation().warmupWeeks() + p.coordinators().cutWeek());
        this.ledger = new NeedLedger(totalWeeks());
    }

    public int totalWeeks() {
        return p.simulation().warmupWeeks() + 52 * p.simulation().years();
    }

    /** Weeks since the start of the reported horizon (negative in warm-up). */
    public int reportedWeek() {
        return week - p.simulation().warmupWeeks();
    }

    public boolean isReported() {
        return reportedWeek() >= 0;
    }

    public WeekTally tally() {
        return tally;
    }

    /** Lets an observer own the tally the mechanisms write into. */
    public void useTally(WeekTally t) {
        this.tally = t;
    }

    public int newActorId() {
        return nextActorId++;
    }

    public Provider newProvider() {
        return new Provider(nextProviderId++, week);
    }

    public District districtOf(int resident) {
        return districts.get(residents.district[resident]);
    }

    // --- shared transitions -------------------------------------------------------------

    public Need newNeed(int resident, Need.Kind kind, double hours) {
        Need n = new Need(resident, kind, week, hours);
        residents.setNeed(resident, n);
        openNeeds.add(n);
        ledger.needArose(week);
        tally.count(Outcome.NEEDS_NEW, 1);
        return n;
    }

    /** A helper takes the need up: it is answered. */
    public void answer(Need n, Need.HelperKind by) {
        if (!n.isOpen()) throw new IllegalStateException("need taken up twice");
        n.helperKind = by;
        n.place = Need.Place.HELPED;
        n.weekAnswered = week;
        ledger.needAnswered(n, week);
        tally.ratio(Outcome.WEEKS_TO_HELP_MEAN, week - n.weekArisen, 1);
        tally.count(switch (by) {
            case NEIGHBOUR -> Outcome.ANSWERED_BY_NEIGHBOUR;
            case VOLUNTEER -> Outcome.ANSWERED_BY_VOLUNTEER;
            case PROFESSIONAL -> Outcome.ANSWERED_BY_PROFESSIONAL;
            case NONE -> throw new IllegalArgumentException("no helper");
        }, 1);
    }

    /** An open need is closed without anyone taking it up. */
    public void closeUnanswered(Need n) {
        n.place = Need.Place.CLOSED;
        residents.setNeed(n.resident, null);
        ledger.needUnanswered();
        if (isReported()) residents.markUnanswered(n.resident);
        tally.count(Outcome.NEEDS_UNANSWERED, 1);
    }

    /** Help is over (done, or the helper left): the resident is free for a new need. */
    public void finishHelp(Need n) {
        n.place = Need.Place.CLOSED;
        if (residents.need[n.resident] == n) residents.setNeed(n.resident, null);
    }

    public Volunteer addVolunteer(int resident, Initiative initiative, double motivation) {
        return addVolunteer(resident, initiative, motivation, week);
    }

    public Volunteer addVolunteer(int resident, Initiative initiative, double motivation, int weekJoined) {
        Volunteer v = new Volunteer(newActorId(), resident, initiative, motivation, weekJoined);
        residents.volunteer[resident] = v;
        residents.lead[resident] = false;
        initiative.volunteers.add(v);
        if (initiative.keyPerson == null) initiative.keyPerson = v;
        volunteers.add(v);
        ties.addActor(v);
        if (weekJoined >= 0) {
            ledger.volunteerJoined(weekJoined);
            tally.count(Outcome.VOLUNTEER_INFLOW, 1);
        }
        return v;
    }

    /** How a volunteer left: below the motivation threshold, by the base hazard, or at a provider switch. */
    public enum QuitReason { MOTIVATION, OTHER, TENDER }

    /**
     * A volunteer quits for {@code reason}, put down to {@code cause} ({@link QuitCause}): her running
     * matches go back to be taken up by someone else, her ties are lost, her initiative may lose its
     * key person, and she is out of the pool for a while ({@link Residents#POOL_AWAY}).
     */
    public void quit(Volunteer v, QuitReason reason, QuitCause cause) {
        if (!v.active) return;
        v.active = false;
        releaseHelper(v);
        residents.volunteer[v.resident] = null;
        if (residents.poolStatus[v.resident] != Residents.NOT_IN_POOL) residents.poolStatus[v.resident] = Residents.POOL_AWAY;
        Initiative ini = v.initiative;
        ini.volunteers.remove(v);
        ties.remove(v);
        ledger.volunteerLeft(v.weekJoined);
        tally.count(Outcome.VOLUNTEER_OUTFLOW, 1);
        tally.count(switch (reason) {
            case MOTIVATION -> Outcome.VOLUNTEER_OUTFLOW_MOTIVATION;
            case OTHER -> Outcome.VOLUNTEER_OUTFLOW_OTHER;
            case TENDER -> Outcome.VOLUNTEER_OUTFLOW_TENDER;
        }, 1);
        tally.count(Outcome.valueOf("VOLUNTEER_OUTFLOW_CAUSE_" + cause.name()), 1);
        if (ini.keyPerson == v) keyPersonLeft(ini);
    }

    /**
     * A volunteer's running matches go back to her district's requests, first in line, to be taken
     * up by another volunteer; they keep the week they arose (issue 14, defect 3: they were closed
     * as if finished). Added by the volunteer side; the needs side owns the ledger of such needs.
     */
    public void releaseHelper(Volunteer v) {
        District d = v.initiative.district;
        for (int i = v.matches.size() - 1; i >= 0; i--) {
            Need n = v.matches.get(i);
            if (n.place != Need.Place.HELPED) continue;
            n.volunteer = null;
            n.place = Need.Place.REQUESTED;
            d.requests.addFirst(n);
        }
        v.matches.clear();
    }

    /** 002:474, 002:336: when the Best Person leaves, the others' motivation drops. */
    private void keyPersonLeft(Initiative ini) {
        for (Volunteer other : ini.volunteers) other.loseMotivation(QuitCause.KEY_PERSON, p.volunteers().keyPersonLoss());
        ini.keyPerson = ini.volunteers.isEmpty() ? null : ini.volunteers.get(random.nextInt(ini.volunteers.size()));
    }

    /** A professional leaves: ties lost, cases back to the front of the waiting list, a vacancy (000:254, 000:275). */
    public Professional replace(Professional leaver, int vacancyWeeks) {
        District d = leaver.district;
        ties.remove(leaver);
        returnCases(leaver);
        Professional next = new Professional(newActorId(), d, d.provider, week, week + vacancyWeeks, leaver.liaison);
        d.team.set(d.team.indexOf(leaver), next);
        ties.addActor(next);
        raiseAmbiguity(d, p.staff().newStaffAmbiguity());
        return next;
    }

    /** A coordinator leaves: her coaching ties are lost and the post is vacant for a while. */
    public Coordinator replace(Coordinator leaver, int vacancyWeeks) {
        District d = leaver.district;
        removeCoordinator(leaver);
        Coordinator next = new Coordinator(newActorId(), d, d.provider, week, week + vacancyWeeks);
        d.coordinators.add(next);
        ties.addActor(next);
        raiseAmbiguity(d, p.staff().newStaffAmbiguity());
        return next;
    }

    public void removeCoordinator(Coordinator c) {
        c.district.coordinators.remove(c);
        ties.remove(c);
        // A coordinator coaches only her own district's volunteers (Coordination, WorldBuilder).
        for (Initiative ini : c.district.initiatives) {
            for (Volunteer v : ini.volunteers) if (v.coach == c) v.loseCoach();
        }
    }

    public void raiseAmbiguity(District d, double amount) {
        if (amount == 0) return;
        for (Initiative ini : d.initiatives) {
            for (Volunteer v : ini.volunteers) v.raiseAmbiguity(amount);
        }
    }

    /** True in the week the scenario's parameters take over from the reference's. */
    public boolean leversDue() {
        return week == leverStartWeek && week > 0 && p != scenario;
    }

    /**
     * The scenario's parameters act from now on (issue 10 item 6: every scenario equals the
     * reference until its lever starts). The calendar step makes the structural changes.
     */
    public Parameters startLevers() {
        Parameters before = p;
        p = scenario;
        municipality.cutAt(scenario.coordinators().cutWeek() < 0 ? -1 : scenario.simulation().warmupWeeks() + scenario.coordinators().cutWeek());
        return before;
    }

    /** A new professional joins the district's team, at work from this week. */
    public Professional addProfessional(District d, boolean liaison) {
        Professional pr = new Professional(newActorId(), d, d.provider, week, week, liaison);
        d.team.add(pr);
        ties.addActor(pr);
        return pr;
    }

    /** A professional's post is cut: her ties are lost and her cases go back to the front of the waiting list. */
    public void removeProfessional(Professional leaver) {
        returnCases(leaver);
        ties.remove(leaver);
        leaver.district.team.remove(leaver);
    }

    /** A new coordinator post, at work from this week. */
    public Coordinator addCoordinator(District d) {
        Coordinator c = new Coordinator(newActorId(), d, d.provider, week, week);
        d.coordinators.add(c);
        ties.addActor(c);
        return c;
    }

    private void returnCases(Professional leaver) {
        District d = leaver.district;
        for (int i = leaver.cases.size() - 1; i >= 0; i--) {
            Need n = leaver.cases.get(i);
            n.place = Need.Place.WAITING_LIST;
            n.professional = null;
            d.waitingList.addFirst(n);
        }
        leaver.cases.clear();
    }

    /** Drops closed needs from the open list and from the queues (they are removed lazily). */
    public void compact() {
        openNeeds.removeIf(n -> !n.isOpen());
        neighbourHelp.removeIf(n -> n.place == Need.Place.CLOSED);
        volunteers.removeIf(v -> !v.active);
        for (District d : districts) {
            d.desk.removeIf(n -> n.place != Need.Place.DESK);
            d.waitingList.removeIf(n -> n.place != Need.Place.WAITING_LIST);
            d.requests.removeIf(n -> n.place != Need.Place.REQUESTED);
        }
    }
}
