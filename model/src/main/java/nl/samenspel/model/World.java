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
    /**
     * The seed of the chances from which needs arise ({@link CounterRandom}): addressed by week
     * and resident rather than drawn from a stream, so that scenarios compared on one seed
     * (common random numbers) face the same needs in the same weeks. Every other chance event
     * draws from its district's stream ({@link District#random()}), or, if it concerns several
     * districts at once, from the municipality's ({@link Municipality#random()}).
     */
    public final long needsSeed;
    public final Residents residents;
    public final ResidentNetwork network;
    public final List<District> districts;
    public final SamenspelTies ties = new SamenspelTies();
    public final Municipality municipality;
    public final NeedLedger ledger;
    public final List<Volunteer> volunteers = new ArrayList<>();
    private WeekTally tally = new WeekTally();
    private DistrictTasks districtTasks;
    private int nextActorId;
    private int nextProviderId;
    /** Absolute week: 0 is the first warm-up week. */
    public int week;

    World(Parameters p, Parameters scenario, MersenneTwisterFast municipalityRandom, long needsSeed, Residents residents, ResidentNetwork network, List<District> districts) {
        this.p = p;
        this.scenario = scenario;
        this.leverStartWeek = p.simulation().warmupWeeks() + p.simulation().leverStartWeek();
        this.needsSeed = needsSeed;
        this.residents = residents;
        this.network = network;
        this.districts = districts;
        this.municipality = new Municipality(p.coordinators().cutWeek() < 0 ? -1 : p.simulation().warmupWeeks() + p.coordinators().cutWeek(), municipalityRandom);
        this.ledger = new NeedLedger(totalWeeks(), districts.size());
        this.districtTasks = new DistrictTasks(null, 1, districts.size());
    }

    /** The year boundary, defined once: a year is 52 weekly ticks. */
    public static final int WEEKS_PER_YEAR = 52;

    public int totalWeeks() {
        return p.simulation().warmupWeeks() + WEEKS_PER_YEAR * p.simulation().years();
    }

    /** True in the first week of each year of the run after the first (funding decisions, MODEL.md step 1). */
    public boolean isYearStart() {
        return week > 0 && week % WEEKS_PER_YEAR == 0;
    }

    /** Weeks since the start of the reported horizon (negative in warm-up). */
    public int reportedWeek() {
        return week - p.simulation().warmupWeeks();
    }

    public boolean isReported() {
        return reportedWeek() >= 0;
    }

    /** Where the mechanisms count outside district tasks: the week's tally. Inside one, {@link #tally(District)}. */
    public WeekTally tally() {
        if (inDistrictTasks) throw new IllegalStateException("a district task counts into its district's log: tally(district)");
        return tally;
    }

    /**
     * Where district {@code d}'s counts go: inside a district task its own log ({@link DistrictTasks}),
     * replayed in district order; otherwise the week's tally. Named by the district rather than
     * looked up per thread, since a task acts on its own district only (and a thread-local lookup
     * on every count cost a few per cent of a run).
     */
    public WeekTally tally(District d) {
        return inDistrictTasks ? districtTasks.log(d) : tally;
    }

    /** {@link #tally(District)} of the resident's district. */
    public WeekTally tallyOf(int resident) {
        return tally(districtOf(resident));
    }

    /** True while {@link #forEachDistrict} runs its tasks; set and cleared by the caller's thread around them. */
    private volatile boolean inDistrictTasks;

    void inDistrictTasks(boolean running) {
        inDistrictTasks = running;
    }

    /** The week's tally itself, for the replay of the districts' logs. */
    WeekTally weekTally() {
        return tally;
    }

    /**
     * Runs {@code task} for every district, on the threads the engine gave ({@link #runDistrictsOn})
     * or one after another, and returns when all are done. A task acts on its own district only.
     */
    public void forEachDistrict(java.util.function.Consumer<District> task) {
        districtTasks.forEach(this, task);
    }

    /** The engine's threads for {@link #forEachDistrict}; null runs the districts on the caller's thread. */
    public void runDistrictsOn(java.util.concurrent.ExecutorService executor, int threads) {
        districtTasks = new DistrictTasks(executor, threads, districts.size());
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

    /** The wijkteam that serves the resident. */
    public Wijkteam teamOf(int resident) {
        return districtOf(resident).teamOf(resident);
    }

    // --- shared transitions -------------------------------------------------------------

    /** The open needs of all districts, district by district (a copy: the districts own them, {@link District#openNeeds}). */
    public List<Need> openNeeds() {
        List<Need> all = new ArrayList<>(openNeedCount());
        for (District d : districts) all.addAll(d.openNeeds);
        return all;
    }

    /** The needs neighbours are helping with, district by district (a copy: {@link District#neighbourHelp}). */
    public List<Need> neighbourHelp() {
        List<Need> all = new ArrayList<>();
        for (District d : districts) all.addAll(d.neighbourHelp);
        return all;
    }

    /**
     * The district's residents' needs not yet closed (open, or being helped), by resident (index:
     * resident minus the district's first), null where she has none: gathered from the lists that
     * hold them, for views and checks. The weekly steps never need it, so residents keep a flag.
     */
    public Need[] needsHeld(District d) {
        Need[] held = new Need[d.residentCount];
        java.util.function.Consumer<Need> put = n -> {
            if (n.place() != Need.Place.CLOSED) held[n.resident - d.firstResident] = n;
        };
        d.openNeeds.forEach(put);
        d.neighbourHelp.forEach(put);
        d.desk.forEach(put);
        d.requests.forEach(put);
        for (Wijkteam t : d.teams) t.waitingList.forEach(put);
        for (Volunteer v : d.volunteers) v.matches.forEach(put);
        for (Professional p : d.team) p.cases.forEach(put);
        return held;
    }

    /** How many needs the districts hold open (closed ones linger until compaction). */
    public int openNeedCount() {
        int n = 0;
        for (District d : districts) n += d.openNeeds.size();
        return n;
    }

    /** A new need of {@code resident}; may be called from her district's task. */
    public Need newNeed(int resident, Need.Kind kind, double hours) {
        Need n = new Need(resident, kind, week, hours);
        residents.holdsNeed(resident, true);
        districtOf(resident).openNeeds.add(n);
        n.listedOpen = true;
        ledger.needArose(week, residents.district[resident]);
        tallyOf(resident).count(Outcome.NEEDS_NEW, 1);
        return n;
    }

    /**
     * A helper takes the need up: it is answered. Only the first take-up counts as answered
     * ({@code answered_by_*}, reach, weeks to help); a need given back and taken up again does not.
     */
    public void answer(Need n, Need.HelperKind by) {
        if (!n.isOpen()) throw new IllegalStateException("need taken up twice");
        if (by == Need.HelperKind.NONE) throw new IllegalArgumentException("no helper");
        n.helperKind(by);
        n.place(Need.Place.HELPED);
        n.weeksOpenBefore += week - n.openSince;
        if (n.wasTakenUp()) return;
        n.weekAnswered = week;
        ledger.needTakenUp(n, week, residents.district[n.resident]);
        WeekTally t = tallyOf(n.resident);
        t.ratio(Outcome.WEEKS_TO_HELP_MEAN, week - n.weekArisen, 1);
        t.count(switch (by) {
            case NEIGHBOUR -> Outcome.ANSWERED_BY_NEIGHBOUR;
            case VOLUNTEER -> Outcome.ANSWERED_BY_VOLUNTEER;
            default -> Outcome.ANSWERED_BY_PROFESSIONAL;
        }, 1);
    }

    /** Step 6: a volunteer takes a request (or a referred case) up. */
    public void match(Volunteer v, Need n) {
        if (n.isOpen()) answer(n, Need.HelperKind.VOLUNTEER);
        n.helperKind(Need.HelperKind.VOLUNTEER);
        n.place(Need.Place.HELPED);
        n.volunteer = v;
        n.professional = null;
        n.weeksWithVolunteer = 0;
        v.matches.add(n);
    }

    /** Step 5: a professional takes a case up (a new one, or one that escalated late from a volunteer). */
    public void takeCase(Professional p, Need n) {
        leavesWaitingList(n);
        if (n.isOpen()) answer(n, Need.HelperKind.PROFESSIONAL);
        n.helperKind(Need.HelperKind.PROFESSIONAL);
        n.place(Need.Place.HELPED);
        n.professional = p;
        n.volunteer = null;
        p.cases.add(n);
    }

    /**
     * The need reaches its wijkteam's waiting list through the access route. A light need counts,
     * the first time, in the denominator of the referral share: of the light cases that reach the
     * team, the share it refers to volunteers (whether at intake, or later from the waiting list),
     * so that a case left waiting until it closes unanswered counts as not referred.
     */
    public void reachTeam(Need n) {
        n.place(Need.Place.WAITING_LIST);
        teamOf(n.resident).waitingList.addLast(n);
        if (n.isLight() && !n.reachedTeam) tallyOf(n.resident).ratio(Outcome.REFERRAL_SHARE_LIGHT, 0, 1);
        if (!n.reachedTeam) n.weekReachedTeam = week;
        n.reachedTeam = true;
    }

    /** Wmo 2015 art. 2.3.2: the wait from reaching the team to its first decision (intake, referral, or closing unanswered), counted once. */
    private void leavesWaitingList(Need n) {
        if (!n.reachedTeam || n.waitCounted) return;
        n.waitCounted = true;
        tallyOf(n.resident).ratio(Outcome.WIJKTEAM_WAIT_WEEKS, week - n.weekReachedTeam, 1);
    }

    /** A professional refers the light case to volunteers (004:90); the caller sends it on its way. */
    public void referToVolunteers(Need n) {
        leavesWaitingList(n);
        if (!n.referred && n.reachedTeam) tallyOf(n.resident).ratio(Outcome.REFERRAL_SHARE_LIGHT, 1, 0);
        n.referred = true;
    }

    /** An open need is closed without anyone taking it up (again) in time. */
    public void closeUnanswered(Need n) {
        if (!n.isOpen()) throw new IllegalStateException("only an open need closes unanswered");
        if (n.place() == Need.Place.WAITING_LIST) leavesWaitingList(n);
        close(n, Need.Close.UNANSWERED);
        if (isReported()) residents.markUnanswered(n.resident);
        tallyOf(n.resident).count(Outcome.NEEDS_UNANSWERED, 1);
    }

    /** Help is over, its size met: the resident is free for a new need. */
    public void finishHelp(Need n) {
        close(n, n.escalated ? Need.Close.ESCALATED : Need.Close.HELPED);
    }

    private void close(Need n, Need.Close how) {
        if (n.place() == Need.Place.CLOSED) throw new IllegalStateException("need closed twice");
        n.place(Need.Place.CLOSED);
        residents.holdsNeed(n.resident, false);
        ledger.needClosed(how, residents.district[n.resident]);
    }

    /**
     * The need's helper leaves (a volunteer quits, a professional leaves) before it is met: the need
     * goes back to be taken up by someone else, open again and keeping the weeks it has been open.
     * A professional's case goes to the front of her team's waiting list, a volunteer's match to the
     * front of the district's requests. The caller removes it from the helper's own list.
     */
    public void releaseHelper(Need n) {
        if (n.place() != Need.Place.HELPED) throw new IllegalStateException("only a need being helped has a helper to lose");
        Need.HelperKind was = n.helperKind();
        n.helperKind(Need.HelperKind.NONE);
        n.openSince = week;
        n.volunteer = null;
        n.professional = null;
        tallyOf(n.resident).count(Outcome.NEEDS_RELEASED, 1);
        District d = districtOf(n.resident);
        if (was == Need.HelperKind.NEIGHBOUR) {
            residents.setHoursGiven(n.neighbourHelper, 0);
            n.neighbourHelper = -1;
            n.place(Need.Place.HOME);
        } else if (was == Need.HelperKind.PROFESSIONAL) {
            n.place(Need.Place.WAITING_LIST);
            d.teamOf(n.resident).waitingList.addFirst(n);
        } else {
            n.place(Need.Place.REQUESTED);
            d.requests.addFirst(n);
        }
        // Open again, so again among the open needs: neighbours may notice it, and it closes
        // unanswered once open too long (needs_unanswered counts it), as a need never taken up does.
        if (!n.listedOpen) {
            d.openNeeds.add(n);
            n.listedOpen = true;
        }
    }

    /** A volunteer who leaves gives back all her running matches ({@link #releaseHelper(Need)}). */
    public void releaseHelper(Volunteer v) {
        for (int i = v.matches.size() - 1; i >= 0; i--) releaseHelper(v.matches.get(i));
        v.matches.clear();
    }

    /** A leaving professional gives back all her cases ({@link #releaseHelper(Need)}). */
    public void releaseHelper(Professional leaver) {
        for (int i = leaver.cases.size() - 1; i >= 0; i--) releaseHelper(leaver.cases.get(i));
        leaver.cases.clear();
    }

    /** A new professional post in the district, at work from this week, in its wijkteam with fewest caseworkers. */
    public Professional addProfessional(District d, boolean liaison) {
        Wijkteam team = d.teams.get(0);
        for (Wijkteam t : d.teams) if (caseworkers(t) < caseworkers(team)) team = t;
        Professional pr = new Professional(newActorId(), team, d.provider, week, week, liaison);
        team.members.add(pr);
        d.team.add(pr);
        ties.addActor(pr);
        return pr;
    }

    private static int caseworkers(Wijkteam t) {
        int n = 0;
        for (Professional p : t.members) if (!p.liaison) n++;
        return n;
    }

    public Volunteer addVolunteer(int resident, Initiative initiative, double motivation) {
        return addVolunteer(resident, initiative, motivation, week);
    }

    /**
     * A volunteer joins. In a district task (issue 12: districts in parallel) she joins her
     * initiative and district at once, and is numbered and entered in the world's lists (the
     * volunteers, the samenspel ties, the ledger) when the tasks are done, district by district
     * ({@link #enterJoined}): the ids and list order of running the districts one after another.
     */
    public Volunteer addVolunteer(int resident, Initiative initiative, double motivation, int weekJoined) {
        boolean later = inDistrictTasks;
        Volunteer v = new Volunteer(later ? Volunteer.UNNUMBERED : newActorId(), resident, initiative, motivation, weekJoined);
        residents.volunteer[resident] = v;
        residents.lead[resident] = false;
        initiative.volunteers.add(v);
        if (initiative.keyPerson == null) initiative.keyPerson = v;
        if (weekJoined >= 0) tally(initiative.district).count(Outcome.VOLUNTEER_INFLOW, 1);
        if (later) initiative.district.joined.add(v);
        else enter(v);
        return v;
    }

    private void leave(Volunteer v) {
        ties.remove(v);
        ledger.volunteerLeft(v.weekJoined);
    }

    /**
     * After district tasks: the volunteers who quit in them leave the world's tie map and ledger,
     * in the order of the world's volunteer list (ascending ids), which is the order in which one
     * thread would have met them.
     */
    void leaveTheLeft() {
        List<Volunteer> all = new ArrayList<>();
        for (District d : districts) {
            all.addAll(d.left);
            d.left.clear();
        }
        all.sort(java.util.Comparator.comparingInt(Volunteer::id));
        for (Volunteer v : all) leave(v);
    }

    /** After district tasks: recruits enter and quitters leave the world's lists (a step's tasks may do one or the other, not both). */
    void settleDistrictTasks() {
        boolean joins = false, quits = false;
        for (District d : districts) {
            joins |= !d.joined.isEmpty();
            quits |= !d.left.isEmpty();
        }
        // Both in one step would need their interleaving kept across districts, which these lists do not keep.
        if (joins && quits) throw new IllegalStateException("volunteers both joined and quit in one step's district tasks");
        if (joins) enterJoined();
        if (quits) leaveTheLeft();
    }

    private void enter(Volunteer v) {
        volunteers.add(v);
        v.initiative.district.volunteers.add(v);
        ties.addActor(v);
        if (v.weekJoined >= 0) ledger.volunteerJoined(v.weekJoined);
    }

    /** After district tasks: numbers and enters their recruits, district by district, each in the order she joined. */
    void enterJoined() {
        for (District d : districts) {
            for (Volunteer v : d.joined) {
                v.number(newActorId());
                enter(v);
            }
            d.joined.clear();
        }
    }

    /**
     * The outflow outcome of each quit cause, looked up once: naming it per quit built a string and
     * hashed it, which C2 inlined into every loop that may quit someone (issue 12).
     */
    private static final Outcome[] OUTFLOW_BY_CAUSE = new Outcome[QuitCause.values().length];

    static {
        for (QuitCause c : QuitCause.values()) OUTFLOW_BY_CAUSE[c.ordinal()] = Outcome.valueOf("VOLUNTEER_OUTFLOW_CAUSE_" + c.name());
    }

    /** How a volunteer left: below the motivation threshold, by the base hazard, or at a provider switch. */
    public enum QuitReason { MOTIVATION, OTHER, TENDER }

    /**
     * A volunteer quits for {@code reason}, put down to {@code cause} ({@link QuitCause}): her running
     * matches go back to be taken up by others, her ties are lost, her initiative may lose its key
     * person, and she is out of the pool for a while ({@link Residents#POOL_AWAY}).
     */
    public void quit(Volunteer v, QuitReason reason, QuitCause cause) {
        if (!v.active) return;
        v.active = false;
        releaseHelper(v);
        residents.volunteer[v.resident] = null;
        if (residents.poolStatus[v.resident] != Residents.NOT_IN_POOL) residents.poolStatus[v.resident] = Residents.POOL_AWAY;
        Initiative ini = v.initiative;
        ini.volunteers.remove(v);
        if (inDistrictTasks) ini.district.left.add(v); // her ties and ledger entry go when the tasks are done (#leaveTheLeft)
        else leave(v);
        WeekTally t = tally(ini.district);
        t.count(Outcome.VOLUNTEER_OUTFLOW, 1);
        t.count(switch (reason) {
            case MOTIVATION -> Outcome.VOLUNTEER_OUTFLOW_MOTIVATION;
            case OTHER -> Outcome.VOLUNTEER_OUTFLOW_OTHER;
            case TENDER -> Outcome.VOLUNTEER_OUTFLOW_TENDER;
        }, 1);
        t.count(OUTFLOW_BY_CAUSE[cause.ordinal()], 1);
        t.ratio(Outcome.VOLUNTEER_OUTFLOW_MOTIVATION_SHARE, reason == QuitReason.MOTIVATION ? 1 : 0, 1);
        if (ini.keyPerson == v) keyPersonLeft(ini);
    }

    /**
     * 002:474, 002:336: when the Best Person leaves, the others' motivation drops; where she kept
     * them going in place of a coordinator ({@code coach} null), their tie to her goes too.
     */
    private void keyPersonLeft(Initiative ini) {
        for (Volunteer other : ini.volunteers) {
            other.loseMotivation(QuitCause.KEY_PERSON, p.volunteers().keyPersonLoss());
            if (other.coach == null) other.loseCoach();
        }
        ini.keyPerson = ini.volunteers.isEmpty() ? null : ini.volunteers.get(ini.district.random().nextInt(ini.volunteers.size()));
    }

    /** A professional leaves: ties lost, cases back to the front of her team's waiting list, a vacancy (000:254, 000:275). */
    public Professional replace(Professional leaver, int vacancyWeeks) {
        District d = leaver.district;
        ties.remove(leaver);
        releaseHelper(leaver);
        Professional next = new Professional(newActorId(), leaver.team, d.provider, week, week + vacancyWeeks, leaver.liaison);
        d.team.set(d.team.indexOf(leaver), next);
        leaver.team.members.set(leaver.team.members.indexOf(leaver), next);
        ties.addActor(next);
        // A volunteer of the area works with about one of the team: she meets a new face with chance
        // 1 / team size, so a team of 15 does not bring three times the unclear roles of a team of 5.
        raiseAmbiguity(leaver.team, p.staff().newStaffAmbiguity() / leaver.team.members.size());
        return next;
    }

    /** A coordinator leaves: her coaching ties are lost and the post is vacant for a while. */
    public Coordinator replace(Coordinator leaver, int vacancyWeeks) {
        District d = leaver.district;
        // Her own volunteers get a new face, not every volunteer of the district (000:228).
        removeCoordinator(leaver, p.staff().newStaffAmbiguity());
        Coordinator next = new Coordinator(newActorId(), d, d.provider, week, week + vacancyWeeks);
        next.team = leaver.team;
        d.coordinators.add(next);
        ties.addActor(next);
        return next;
    }

    public void removeCoordinator(Coordinator c) {
        removeCoordinator(c, 0);
    }

    /** Her volunteers lose their coach and, when someone new takes the post, gain {@code ambiguity}. */
    private void removeCoordinator(Coordinator c, double ambiguity) {
        c.district.coordinators.remove(c);
        ties.remove(c);
        // A coordinator coaches only her own district's volunteers (Coordination, WorldBuilder).
        for (Initiative ini : c.district.initiatives) {
            for (Volunteer v : ini.volunteers) {
                if (v.coach != c) continue;
                v.raiseAmbiguity(ambiguity);
                v.loseCoach();
            }
        }
    }

    /**
     * A new professional: unclear tasks for the volunteers of her team's area, the wijken it serves
     * (001:537-539, "bij de komst van het wijkteam"), not for every volunteer of a district that
     * has several teams; each gets her expected share ({@link #replace(Professional, int)}).
     */
    private void raiseAmbiguity(Wijkteam team, double amount) {
        if (amount == 0) return;
        int[] wijkStart = residents.wijkStart;
        for (Initiative ini : team.district.initiatives) {
            if (!team.overlaps(wijkStart[ini.wijk], wijkStart[ini.wijk + 1])) continue;
            for (Volunteer v : ini.volunteers) v.raiseAmbiguity(amount);
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

    /** A new professional joins a wijkteam of the district, at work from this week. */
    public Professional addProfessional(Wijkteam t, boolean liaison) {
        Professional pr = new Professional(newActorId(), t, t.district.provider, week, week, liaison);
        t.members.add(pr);
        t.district.team.add(pr);
        ties.addActor(pr);
        return pr;
    }

    /** A professional's post is cut: her ties are lost and her cases go back to be taken up by her team. */
    public void removeProfessional(Professional leaver) {
        for (int i = leaver.cases.size() - 1; i >= 0; i--) releaseHelper(leaver.cases.get(i));
        leaver.cases.clear();
        ties.remove(leaver);
        leaver.district.team.remove(leaver);
        leaver.team.members.remove(leaver);
    }

    /** A new coordinator post alongside a wijkteam, at work from this week. */
    public Coordinator addCoordinator(Wijkteam t) {
        Coordinator c = new Coordinator(newActorId(), t.district, t.district.provider, week, week);
        c.team = t;
        t.district.coordinators.add(c);
        ties.addActor(c);
        return c;
    }

    /** The engine's end of the week: the next week begins. */
    public void advanceWeek() {
        week++;
    }

    /** Whether compaction drops the need from its district's open needs: it is taken up or closed. */
    private static boolean dropFromOpen(Need n) {
        if (n.isOpen()) return false;
        n.listedOpen = false;
        return true;
    }

    /** Drops closed needs from the open list and from the queues (they are removed lazily). */
    public void compact() {
        volunteers.removeIf(v -> !v.active);
        for (District d : districts) d.volunteers.removeIf(v -> !v.active);
        forEachDistrict(d -> {
            d.openNeeds.removeIf(World::dropFromOpen);
            d.neighbourHelp.removeIf(n -> n.place() == Need.Place.CLOSED);
            d.desk.removeIf(n -> n.place() != Need.Place.DESK);
            for (Wijkteam t : d.teams) t.waitingList.removeIf(n -> n.place() != Need.Place.WAITING_LIST);
            d.requests.removeIf(n -> n.place() != Need.Place.REQUESTED);
        });
    }
}
