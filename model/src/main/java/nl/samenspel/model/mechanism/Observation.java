package nl.samenspel.model.mechanism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.WeekTally;
import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;

/**
 * Step 12, Observation: records the outcomes of MODEL.md section 6 for the week. Flows were
 * counted by the steps as they happened; stocks, cohorts and the cost ratios are read here. The
 * engine compacts the world before this step and closes the week after it.
 */
public final class Observation implements Mechanism {
    private int[] countByJoinWeek = new int[512];
    /** The volunteers active at the start of the current reported year, with their coordinator tie then (P8). */
    private final List<Volunteer> yearStart = new ArrayList<>();
    private double[] yearStartTie = new double[0];
    /** Per year of joining (absolute weeks 52y..52y+51): newcomers who turned one so far, and those of them still active then. */
    private int[] cohortSize = new int[16], cohortStayed = new int[16];

    // No loops in step (weekly): each loop is a method C2 compiles alone, not all of step inlined and recompiled.
    @Override
    public void step(World w) {
        WeekTally t = w.tally();
        t.count(Outcome.VOLUNTEERS_ACTIVE, w.volunteers.size());
        t.count(Outcome.VOLUNTEER_TENURE_MEDIAN, medianTenure(w));
        motivations(w, t);
        t.count(Outcome.NEEDS_OPEN, w.openNeedCount());
        int coordinators = workingCoordinators(w);
        int professionals = workingProfessionals(w);
        t.count(Outcome.WAITING_LIST, waiting(w));
        t.count(Outcome.COORDINATORS_WORKING, coordinators);
        t.count(Outcome.PROFESSIONALS_WORKING, professionals);
        t.count(Outcome.SAMENSPEL_TIES, w.ties.count());
        t.count(Outcome.SAMENSPEL_TIE_STRENGTH, w.ties.totalStrength());
        t.count(Outcome.RESIDENTS_NEVER_ANSWERED, w.residents.everUnansweredCount());
        // Cohorts resolve once they are old enough: needs at four weeks, volunteers at a year.
        int cohort = w.week - 4;
        int arisen = w.ledger.arisenIn(cohort);
        int reached = w.ledger.answeredWithin4In(cohort);
        t.ratio(Outcome.REACH_4W, reached, arisen);
        t.ratio(Outcome.REACH_4W_NEIGHBOUR, w.ledger.answeredWithin4In(cohort, Need.HelperKind.NEIGHBOUR), arisen);
        t.ratio(Outcome.REACH_4W_VOLUNTEER, w.ledger.answeredWithin4In(cohort, Need.HelperKind.VOLUNTEER), arisen);
        t.ratio(Outcome.REACH_4W_PROFESSIONAL, w.ledger.answeredWithin4In(cohort, Need.HelperKind.PROFESSIONAL), arisen);
        t.ratio(Outcome.NOT_REACHED_4W, arisen - reached, arisen);
        int yearAgo = w.week - World.WEEKS_PER_YEAR;
        t.ratio(Outcome.NEWCOMER_RETENTION_12M, w.ledger.stillActiveFromJoin(yearAgo), w.ledger.joinedIn(yearAgo));
        yearlyCohort(w, t, yearAgo);
        w.ledger.recordActive(w.week, w.volunteers.size());
        if (yearAgo >= 0) t.ratio(Outcome.VOLUNTEER_RETENTION_12M, joinedBy(w, yearAgo), w.ledger.activeAt(yearAgo));
        t.ratio(Outcome.VOLUNTEERS_PER_COORDINATOR, w.volunteers.size(), coordinators);
        t.ratio(Outcome.VOLUNTEER_SHARE_OF_RESIDENTS, w.volunteers.size(), w.residents.count);
        t.ratio(Outcome.TIES_PER_PROFESSIONAL, w.ties.count(), professionals);
        if (w.isReported() && w.reportedWeek() % World.WEEKS_PER_YEAR == 0) recordVolunteerYears(w);
        cost(w, t, professionals);
    }

    private static void motivations(World w, WeekTally t) {
        for (Volunteer v : w.volunteers) t.ratio(Outcome.VOLUNTEER_MOTIVATION_MEAN, v.motivation(), 1);
    }

    private static int waiting(World w) {
        int waiting = 0;
        for (District d : w.districts) waiting += d.waitingCount();
        return waiting;
    }

    private static int workingCoordinators(World w) {
        int coordinators = 0;
        for (District d : w.districts) coordinators += d.workingCoordinators(w.week);
        return coordinators;
    }

    private static int workingProfessionals(World w) {
        int professionals = 0;
        for (District d : w.districts) for (Professional p : d.team) if (p.isWorking(w.week)) professionals++;
        return professionals;
    }

    /** The active volunteers who joined in week {@code week} or before. */
    private static int joinedBy(World w, int week) {
        int n = 0;
        for (Volunteer v : w.volunteers) if (v.weekJoined <= week) n++;
        return n;
    }

    /**
     * Cost per answered need, formal hours over the needs they answered (MODEL.md section 6): the
     * hours of the professionals and coordinators at work this week over the needs first taken up
     * this week by a professional, a volunteer (through a coordinator or not), or either. Needs
     * answered by neighbours cost no formal hours and are not counted.
     */
    private static void cost(World w, WeekTally t, int professionals) {
        double professionalHours = professionals * w.p.wijkteam().hours();
        double coordinatorHours = 0;
        for (District d : w.districts) coordinatorHours += d.workingCoordinators(w.week) * w.p.coordinators().hours();
        double byProfessional = t.numerator(Outcome.ANSWERED_BY_PROFESSIONAL);
        double byVolunteer = t.numerator(Outcome.ANSWERED_BY_VOLUNTEER);
        t.ratio(Outcome.HOURS_PER_ANSWERED_NEED, professionalHours + coordinatorHours, byProfessional + byVolunteer);
        t.ratio(Outcome.PROFESSIONAL_HOURS_PER_ANSWERED_NEED, professionalHours, byProfessional);
        t.ratio(Outcome.COORDINATOR_HOURS_PER_ANSWERED_NEED, coordinatorHours, byVolunteer);
    }

    /** Closes last year's records (who of the volunteers active then has quit since) and opens this year's. */
    private void recordVolunteerYears(World w) {
        for (int i = 0; i < yearStart.size(); i++) w.tally().volunteerYears().add(yearStartTie[i], !yearStart.get(i).active);
        yearStart.clear();
        yearStart.addAll(w.volunteers);
        yearStartTie = new double[yearStart.size()];
        for (int i = 0; i < yearStartTie.length; i++) yearStartTie[i] = yearStart.get(i).coordinatorTie;
    }

    /**
     * MODEL.md section 6, "12-month retention of each yearly cohort": the newcomers of one year of
     * the run (warm-up year first) who are still active 52 weeks after they joined, counted as each
     * turns one; recorded once, in the week the year's last newcomers turn one (the last week of
     * the next year). Other weeks record nothing, so the weekly value is blank there.
     */
    private void yearlyCohort(World w, WeekTally t, int joinWeek) {
        if (joinWeek < 0) return;
        int year = joinWeek / 52;
        if (year >= cohortSize.length) {
            cohortSize = Arrays.copyOf(cohortSize, 2 * year + 1);
            cohortStayed = Arrays.copyOf(cohortStayed, 2 * year + 1);
        }
        cohortSize[year] += w.ledger.joinedIn(joinWeek);
        cohortStayed[year] += w.ledger.stillActiveFromJoin(joinWeek);
        if (joinWeek % 52 == 51) t.ratio(Outcome.COHORT_RETENTION_12M, cohortStayed[year], cohortSize[year]);
    }

    /**
     * Tenures are whole weeks within a few hundred of each other, so one count per tenure finds
     * the middle ones without sorting the volunteers every week.
     */
    private double medianTenure(World w) {
        int n = w.volunteers.size();
        if (n == 0) return 0;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int joined = w.volunteers.get(i).weekJoined;
            min = Math.min(min, joined);
            max = Math.max(max, joined);
        }
        int range = max - min + 1;
        if (countByJoinWeek.length < range) countByJoinWeek = new int[Math.max(range, 2 * countByJoinWeek.length)];
        Arrays.fill(countByJoinWeek, 0, range, 0);
        for (int i = 0; i < n; i++) countByJoinWeek[max - w.volunteers.get(i).weekJoined]++; // index = tenure - shortest tenure
        int lower = (n - 1) / 2, upper = n / 2; // 0-based ranks of the middle tenure(s), shortest first
        int lowerTenure = -1, seen = 0;
        for (int k = 0; k < range; k++) {
            seen += countByJoinWeek[k];
            if (lowerTenure < 0 && seen > lower) lowerTenure = w.week - max + k;
            if (seen > upper) return (lowerTenure + (w.week - max + k)) / 2.0;
        }
        throw new IllegalStateException("median beyond the counts");
    }

}
