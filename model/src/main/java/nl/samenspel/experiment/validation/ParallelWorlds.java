package nl.samenspel.experiment.validation;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.metrics.Outcome;

/**
 * P2: as caseload rises (fewer professionals for the same district, up to 20 cases each, as in
 * caseload-pressure), each professional keeps fewer ties with informal parties and refers fewer
 * light cases to volunteers. Read per professional (ties per working professional, and the
 * referral share), not as a total that falls with headcount: both must fall monotonically from 6
 * to 3 professionals, and the fall from the lightest to the heaviest caseload must be clear (paired
 * 95 % CI below zero).
 */
public record ParallelWorlds() implements Pattern {
    static final int YEARS = 3;
    static final int[] PROFESSIONALS = {6, 5, 4, 3};

    @Override public String id() { return "P2"; }
    @Override public String name() { return "parallel worlds"; }
    @Override public String claim() { return "under caseload pressure professionals stay in casework and build few ties with informal parties"; }
    @Override public String sources() { return "004:81, 004:270, 001:638-642, 004:77"; }
    @Override public String target() { return "caseload-pressure with 6,5,4,3 professionals: ties_per_professional and referral_share_light fall monotonically, 6-to-3 difference below zero"; }

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
        for (Outcome o : new Outcome[] {Outcome.TIES_PER_PROFESSIONAL, Outcome.REFERRAL_SHARE_LIGHT}) {
            List<String> means = new ArrayList<>();
            boolean monotone = true;
            double previous = Double.POSITIVE_INFINITY;
            for (int k = 0; k < arms.length; k++) {
                double m = c.mean(k, o).mean();
                monotone &= m < previous;
                previous = m;
                means.add(Format.num(m));
            }
            Interval fall = c.difference(arms.length - 1, o).difference();
            legs.add(Leg.of(o == Outcome.TIES_PER_PROFESSIONAL ? "P2.ties" : "P2.referral", monotone && fall.high() < 0, fall,
                    "falls at each step from 6 to 3 professionals; 3-minus-6 difference below zero"));
            parts.add(o.column + " " + String.join(" > ", means) + " (3 minus 6: " + Format.interval(fall) + ")");
            if (o == Outcome.TIES_PER_PROFESSIONAL) {
                tiesEffect = fall;
                if (!(c.mean(0, o).mean() > 0)) degenerate = "no ties per professional even at the lightest caseload";
            }
        }
        return new PatternResult(this, legs, String.join("; ", parts), tiesEffect, degenerate);
    }
}
