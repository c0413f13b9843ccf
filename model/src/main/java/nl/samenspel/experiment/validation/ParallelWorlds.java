package nl.samenspel.experiment.validation;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.experiment.stats.PairedDifference;
import nl.samenspel.metrics.Outcome;

/**
 * P2: as caseload rises (fewer professionals for the same district, up to 20 cases each, as in
 * caseload-pressure), each professional keeps fewer ties with informal parties and refers fewer
 * light cases to volunteers. Read per professional (ties per working professional, and the
 * referral share), not as a total that falls with headcount. Fewer professionals are the lever,
 * caseload is the cause: once every professional's hours are full, one fewer lengthens the waiting
 * list, not the caseload. So each step from 6 to 3 professionals is judged by what it does to cases
 * per professional: where they clearly rise (paired 95 % CI above zero) both outcomes must fall
 * (lower mean); where they do not, neither may clearly rise (paired CI not above zero). The fall
 * from the lightest to the heaviest arm must be clear (paired 95 % CI below zero).
 */
public record ParallelWorlds() implements Pattern {
    static final int YEARS = 3;
    static final int[] PROFESSIONALS = {6, 5, 4, 3};

    @Override public String id() { return "P2"; }
    @Override public String name() { return "parallel worlds"; }
    @Override public String claim() { return "under caseload pressure professionals stay in casework and build few ties with informal parties"; }
    @Override public String sources() { return "004:81, 004:270, 001:638-642, 004:77"; }
    @Override public String target() { return "caseload-pressure with 6,5,4,3 professionals: ties_per_professional and referral_share_light fall at each step in which cases per professional rise (and do not rise where they do not), 6-to-3 difference below zero"; }

    @Override
    public List<Carrier> carriers() {
        // 24 hours kept for the field is more than any professional with a case or two has left, so
        // community time no longer depends on the caseload.
        return List.of(Carrier.of("casework crowds out community hours (004:81, 001:638-642)", "wijkteam.protected_field_hours=24"));
    }

    @Override
    public PatternResult check(PatternRun run) {
        Arm[] arms = new Arm[PROFESSIONALS.length];
        for (int i = 0; i < arms.length; i++) arms[i] = Arm.of("caseload-pressure", "wijkteam.professionals=" + PROFESSIONALS[i]);
        Comparison c = run.compare(YEARS, arms);
        List<Leg> legs = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        Interval tiesEffect = null;
        String degenerate = null;
        double[][] cases = new double[arms.length][];
        for (int k = 0; k < arms.length; k++) cases[k] = c.summaries(k, Outcome.CASES_PER_PROFESSIONAL);
        for (Outcome o : new Outcome[] {Outcome.TIES_PER_PROFESSIONAL, Outcome.REFERRAL_SHARE_LIGHT}) {
            double[][] outcome = new double[arms.length][];
            for (int k = 0; k < arms.length; k++) outcome[k] = c.summaries(k, o);
            boolean monotone = fallsWhereCaseloadRises(cases, outcome);
            StringBuilder means = new StringBuilder(Format.num(c.mean(0, o).mean()));
            for (int k = 1; k < arms.length; k++) means.append(rises(cases, k) ? " > " : " ~ ").append(Format.num(c.mean(k, o).mean()));
            Interval fall = c.difference(arms.length - 1, o).difference();
            legs.add(Leg.of(o == Outcome.TIES_PER_PROFESSIONAL ? "P2.ties" : "P2.referral", monotone && fall.high() < 0, fall, TARGET));
            parts.add(o.column + " " + means + " (3 minus 6: " + Format.interval(fall) + ")");
            if (o == Outcome.TIES_PER_PROFESSIONAL) {
                tiesEffect = fall;
                if (!(c.mean(0, o).mean() > 0)) degenerate = "no ties per professional even at the lightest caseload";
            }
        }
        StringBuilder caseload = new StringBuilder("cases_per_professional");
        for (int k = 0; k < arms.length; k++) caseload.append(' ').append(Format.num(c.mean(k, Outcome.CASES_PER_PROFESSIONAL).mean()));
        parts.add(0, caseload + " (\">\": a step in which they clearly rise; \"~\": one in which they do not)");
        return new PatternResult(this, legs, String.join("; ", parts), tiesEffect, degenerate);
    }

    static final String TARGET = "falls at each step from 6 to 3 professionals in which cases per professional rise, and does not rise where they do not; 3-minus-6 difference below zero";

    /**
     * Per arm (in order of fewer professionals) and replication: does the outcome fall at each
     * step in which cases per professional clearly rise, and not clearly rise at the others?
     */
    public static boolean fallsWhereCaseloadRises(double[][] cases, double[][] outcome) {
        for (int k = 1; k < cases.length; k++) {
            boolean holds = rises(cases, k) ? mean(outcome[k]) < mean(outcome[k - 1]) : !rises(outcome, k);
            if (!holds) return false;
        }
        return true;
    }

    /** Arm k minus arm k-1, paired over replications, has its 95 % interval above zero. */
    static boolean rises(double[][] perArm, int k) {
        return PairedDifference.of(perArm[k], perArm[k - 1]).difference().low() > 0;
    }

    private static double mean(double[] v) {
        return Interval.of(v).mean();
    }
}
