package nl.samenspel.model.mechanism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.OutcomeRecorder;
import nl.samenspel.metrics.WeekTally;
import nl.samenspel.model.District;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;

/**
 * Step 12, Observation: records the outcomes of MODEL.md section 6 for the week, then closes it.
 * Flows were counted by the steps as they happened; stocks and cohorts are read here.
 */
public final class Observation implements Mechanism {
    private final OutcomeRecorder recorder;
    private int[] countByJoinWeek = new int[512];
    /** The volunteers active at the start of the current reported year, with their coordinator tie then (P8). */
    private final List<Volunteer> yearStart = new ArrayList<>();
    private double[] yearStartTie = new double[0];

    public Observation(OutcomeRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void step(World w) {
        w.compact();
        WeekTally t = w.tally();
        t.count(Outcome.VOLUNTEERS_ACTIVE, w.volunteers.size());
        t.count(Outcome.VOLUNTEER_TENURE_MEDIAN, medianTenure(w));
        for (Volunteer v : w.volunteers) t.ratio(Outcome.VOLUNTEER_MOTIVATION_MEAN, v.motivation, 1);
        t.count(Outcome.NEEDS_OPEN, w.openNeeds.size());
        int waiting = 0, coordinators = 0, professionals = 0;
        for (District d : w.districts) {
            waiting += d.waitingList.size();
            coordinators += d.workingCoordinators(w.week);
            for (Professional p : d.team) if (p.isWorking(w.week)) professionals++;
        }
        t.count(Outcome.WAITING_LIST, waiting);
        t.count(Outcome.COORDINATORS_WORKING, coordinators);
        t.count(Outcome.PROFESSIONALS_WORKING, professionals);
        t.count(Outcome.SAMENSPEL_TIES, w.ties.count());
        t.count(Outcome.SAMENSPEL_TIE_STRENGTH, w.ties.totalStrength());
        t.count(Outcome.RESIDENTS_NEVER_ANSWERED, w.residents.everUnansweredCount());
        // Cohorts resolve once they are old enough: needs at four weeks, volunteers at a year.
        int cohort = w.week - 4;
        t.ratio(Outcome.REACH_4W, w.ledger.answeredWithin4In(cohort), w.ledger.arisenIn(cohort));
        int yearAgo = w.week - 52;
        t.ratio(Outcome.NEWCOMER_RETENTION_12M, w.ledger.stillActiveFromJoin(yearAgo), w.ledger.joinedIn(yearAgo));
        w.ledger.recordActive(w.week, w.volunteers.size());
        if (yearAgo >= 0) {
            int stayed = 0;
            for (Volunteer v : w.volunteers) if (v.weekJoined <= yearAgo) stayed++;
            t.ratio(Outcome.VOLUNTEER_RETENTION_12M, stayed, w.ledger.activeAt(yearAgo));
        }
        t.ratio(Outcome.VOLUNTEERS_PER_COORDINATOR, w.volunteers.size(), coordinators);
        t.ratio(Outcome.VOLUNTEER_SHARE_OF_RESIDENTS, w.volunteers.size(), w.residents.count);
        t.ratio(Outcome.VOLUNTEER_HOURS_PER_VOLUNTEER, 0, w.volunteers.size());
        t.ratio(Outcome.TIES_PER_PROFESSIONAL, w.ties.count(), professionals);
        if (w.isReported() && w.reportedWeek() % 52 == 0) recordVolunteerYears(w);
        // Every answered need carries the hours spent in its week into the cost ratios.
        double answered = t.numerator(Outcome.ANSWERED_BY_NEIGHBOUR) + t.numerator(Outcome.ANSWERED_BY_VOLUNTEER) + t.numerator(Outcome.ANSWERED_BY_PROFESSIONAL);
        t.ratio(Outcome.HOURS_PER_ANSWERED_NEED, 0, answered);
        t.ratio(Outcome.PROFESSIONAL_HOURS_PER_ANSWERED_NEED, 0, answered);
        t.ratio(Outcome.COORDINATOR_HOURS_PER_ANSWERED_NEED, 0, answered);
        recorder.endWeek(w.isReported());
        w.week++;
    }

    /** Closes last year's records (who of the volunteers active then has quit since) and opens this year's. */
    private void recordVolunteerYears(World w) {
        for (int i = 0; i < yearStart.size(); i++) recorder.volunteerYears().add(yearStartTie[i], !yearStart.get(i).active);
        yearStart.clear();
        yearStart.addAll(w.volunteers);
        yearStartTie = new double[yearStart.size()];
        for (int i = 0; i < yearStartTie.length; i++) yearStartTie[i] = yearStart.get(i).coordinatorTie;
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
