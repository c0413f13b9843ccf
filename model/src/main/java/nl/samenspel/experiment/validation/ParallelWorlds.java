package nl.samenspel.experiment.validation;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.metrics.Outcome;

/**
 * P2: as caseload rises (fewer professionals for the same district, up to 20 cases each, as in
 * caseload-pressure), formal-informal ties and referrals of light cases to volunteers fall
 * monotonically, and the fall from the lightest to the heaviest caseload is clear (paired 95 % CI
 * below zero).
 */
public record ParallelWorlds() implements Pattern {
    static final int YEARS = 3;
    static final int[] PROFESSIONALS = {6, 5, 4, 3};
    static final Outcome[] OUTCOMES = {Outcome.SAMENSPEL_TIES, Outcome.REFERRAL_SHARE_LIGHT};

    @Override public String id() { return "P2"; }
    @Override public String name() { return "parallel worlds"; }
    @Override public String claim() { return "under caseload pressure professionals stay in casework and build few ties with informal parties"; }
    @Override public String sources() { return "004:81, 004:270, 001:638-642, 004:77"; }
    @Override public String target() { return "caseload-pressure with 6,5,4,3 professionals: samenspel_ties and referral_share_light fall monotonically"; }

    @Override
    public PatternResult check(PatternRun run) {
        Arm[] arms = new Arm[PROFESSIONALS.length];
        for (int i = 0; i < arms.length; i++) arms[i] = Arm.of("caseload-pressure", "wijkteam.professionals=" + PROFESSIONALS[i]);
        Comparison c = run.compare(YEARS, arms);
        boolean pass = true;
        List<String> parts = new ArrayList<>();
        for (Outcome o : OUTCOMES) {
            List<String> means = new ArrayList<>();
            double previous = Double.POSITIVE_INFINITY;
            for (int k = 0; k < arms.length; k++) {
                double m = c.mean(k, o).mean();
                pass &= m < previous;
                previous = m;
                means.add(Format.num(m));
            }
            pass &= c.difference(arms.length - 1, o).difference().high() < 0;
            parts.add(o.column + " " + String.join(" > ", means));
        }
        return new PatternResult(this, pass, String.join("; ", parts));
    }
}
