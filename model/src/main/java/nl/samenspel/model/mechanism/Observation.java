package nl.samenspel.model.mechanism;

import java.util.Arrays;
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
        int neverAnswered = 0;
        for (boolean b : w.residents.everUnanswered) if (b) neverAnswered++;
        t.count(Outcome.RESIDENTS_NEVER_ANSWERED, neverAnswered);
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
        // Every answered need carries the hours spent in its week into the cost ratios.
        double answered = t.numerator(Outcome.ANSWERED_BY_NEIGHBOUR) + t.numerator(Outcome.ANSWERED_BY_VOLUNTEER) + t.numerator(Outcome.ANSWERED_BY_PROFESSIONAL);
        t.ratio(Outcome.HOURS_PER_ANSWERED_NEED, 0, answered);
        t.ratio(Outcome.PROFESSIONAL_HOURS_PER_ANSWERED_NEED, 0, answered);
        t.ratio(Outcome.COORDINATOR_HOURS_PER_ANSWERED_NEED, 0, answered);
        recorder.endWeek(w.isReported());
        w.week++;
    }

    private static double medianTenure(World w) {
        int n = w.volunteers.size();
        if (n == 0) return 0;
        int[] tenure = new int[n];
        for (int i = 0; i < n; i++) {
            Volunteer v = w.volunteers.get(i);
            tenure[i] = w.week - v.weekJoined;
        }
        Arrays.sort(tenure);
        return n % 2 == 1 ? tenure[n / 2] : (tenure[n / 2 - 1] + tenure[n / 2]) / 2.0;
    }

}
