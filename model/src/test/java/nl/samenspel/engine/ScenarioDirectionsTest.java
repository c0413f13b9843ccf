package nl.samenspel.engine;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.CommittedValidation;
import nl.samenspel.TestWorlds;
import nl.samenspel.experiment.validation.ParallelWorlds;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.mechanism.WijkteamIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A quick check, on a few fixed seeds, that each scenario moves the outcome it is about in the
 * direction MODEL.md section 1 gives. The statistical comparison with intervals is `validate`.
 * A direction that is the claim of a pattern's leg is checked only while that leg passes in the committed
 * validation: where it fails there, it is an open finding (docs/calibration.md), reported here as
 * skipped with its name, and PatternsTest requires that it still fails.
 */
class ScenarioDirectionsTest {
    private static final int SEEDS = 30; // some effects are small (P5 retention, P6 volunteers): 6 seeds let noise decide the sign
    private static final int YEARS = 4;
    private static final Map<String, double[][]> RUNS = new HashMap<>();

    static Stream<Arguments> expectations() {
        return Stream.of(
                Arguments.of("no-coordinators", Outcome.VOLUNTEERS_ACTIVE, -1, null), // P1 judges the size of the fall, this its direction
                // The retention side of P1's source (000:289: the base halved). At session 20's fit the cut
                // raises the stayers' 12-month retention (0.674 against 0.658, 30 seeds) while P1 falls
                // short (-18 %): one finding, so it waits on P1.
                Arguments.of("no-coordinators", Outcome.VOLUNTEER_RETENTION_12M, -1, "P1"),
                Arguments.of("yearly-funding", Outcome.VOLUNTEER_RETENTION_12M, -1, "P5"),
                Arguments.of("yearly-funding", Outcome.VOLUNTEERS_ACTIVE, -1, null),
                Arguments.of("caseload-pressure", Outcome.SAMENSPEL_TIES, -1, null), // the total, which falls with headcount; P2.ties reads them per professional
                Arguments.of("caseload-pressure", Outcome.REFERRAL_SHARE_LIGHT, -1, "P2.referral"),
                Arguments.of("caseload-pressure", Outcome.COMMUNITY_HOURS_SHARE, -1, "P2.ties"),
                Arguments.of("tender-churn", Outcome.VOLUNTEER_OUTFLOW, 1, null),
                Arguments.of("walk-in-access", Outcome.WAITING_LIST, 1, "P4.waiting"),
                Arguments.of("walk-in-access", Outcome.ANSWERED_BY_PROFESSIONAL, 1, "P4.professional"),
                Arguments.of("walk-in-access", Outcome.NEEDS_UNANSWERED, -1, "P4.unanswered"),
                Arguments.of("meeting-places-closed", Outcome.RESIDENT_TIES_NEW, -1, "P6.ties"),
                Arguments.of("meeting-places-closed", Outcome.VOLUNTEERS_ACTIVE, -1, null),
                Arguments.of("liaison-in-team", Outcome.SAMENSPEL_TIES, 1, null), // its referral effect is within noise at this fit (+0.075, -0.003 to 0.154, 30 replications over 10 years)
                // The share of needs neighbours take up, not their count: the count moves with how many
                // needs arise and who else answers (at this round's fit it fell on these seeds, 327 vs 345).
                Arguments.of("explicit-responsibility", Outcome.REACH_4W_NEIGHBOUR, 1, null),
                Arguments.of("explicit-responsibility", Outcome.BYSTANDER_ACT_SHARE, 1, null));
    }

    @ParameterizedTest(name = "{0} moves {1} in direction {2} ({3})")
    @MethodSource("expectations")
    void movesItsOutcome(String scenario, Outcome outcome, int sign, String leg) {
        assumeTrue(leg == null || CommittedValidation.passes(leg), () -> "open finding: " + leg + " fails in docs/calibration/validation.csv");
        double base = means("baseline")[outcome.ordinal()];
        double with = means(scenario)[outcome.ordinal()];
        if (leg != null && leg.startsWith("P2.")) {
            // P2's own rule: fewer professionals are the lever, caseload the cause; where hours, not the
            // caseload of 16 or 20, cap a professional's cases, the lever does not bind and may not raise them.
            double[][] cases = {perSeed("baseline", Outcome.CASES_PER_PROFESSIONAL), perSeed(scenario, Outcome.CASES_PER_PROFESSIONAL)};
            double[][] values = {perSeed("baseline", outcome), perSeed(scenario, outcome)};
            assertTrue(ParallelWorlds.fallsWhereCaseloadRises(cases, values), scenario + ": " + outcome.column + " " + with + " against baseline " + base
                    + ", cases per professional " + means(scenario)[Outcome.CASES_PER_PROFESSIONAL.ordinal()] + " against " + means("baseline")[Outcome.CASES_PER_PROFESSIONAL.ordinal()]);
            return;
        }
        assertEquals(sign, Double.compare(with, base), scenario + ": " + outcome.column + " " + with + " against baseline " + base);
    }

    /**
     * 001:643: protected field hours keep community hours "whatever her caseload", so they act only
     * where casework would otherwise eat into them: where a full caseload leaves more community
     * hours than are protected (at the committed fit: 16 cases of 1.03 hours beside 25.6 hours
     * after admin), the scenario is the baseline exactly; where casework fills the hours (cases of 2
     * hours), it raises community hours and ties.
     */
    @Test
    void protectedFieldHoursActWhereCaseworkWouldEatThem() {
        boolean binds = WijkteamIntake.mostCases(TestWorlds.params("protected-field-hours").wijkteam())
                < WijkteamIntake.mostCases(TestWorlds.params("baseline").wijkteam());
        double[] base = means("baseline"), with = means("protected-field-hours");
        for (Outcome o : new Outcome[] {Outcome.COMMUNITY_HOURS_SHARE, Outcome.SAMENSPEL_TIES}) {
            if (binds) assertTrue(with[o.ordinal()] > base[o.ordinal()], o.column + " " + with[o.ordinal()] + " against " + base[o.ordinal()]);
            else assertEquals(base[o.ordinal()], with[o.ordinal()], o.column + ": a lever that does not bind changes nothing");
        }
        String full = "wijkteam.hours_per_case=2";
        double[] fullBase = means("baseline", full), fullWith = means("protected-field-hours", full);
        for (Outcome o : new Outcome[] {Outcome.COMMUNITY_HOURS_SHARE, Outcome.SAMENSPEL_TIES}) {
            assertTrue(fullWith[o.ordinal()] > fullBase[o.ordinal()], "with casework that fills the hours, " + o.column + " " + fullWith[o.ordinal()] + " against " + fullBase[o.ordinal()]);
        }
    }

    private static double[] means(String scenario, String... overrides) {
        double[][] runs = runs(scenario, overrides);
        double[] sum = new double[Outcome.values().length];
        for (double[] summary : runs) for (int i = 0; i < sum.length; i++) sum[i] += summary[i] / SEEDS;
        return sum;
    }

    /** One outcome's summary on each seed. */
    private static double[] perSeed(String scenario, Outcome o) {
        return Stream.of(runs(scenario)).mapToDouble(summary -> summary[o.ordinal()]).toArray();
    }

    /** Each seed's summary, seeds 1 to {@link #SEEDS}. */
    private static synchronized double[][] runs(String scenario, String... overrides) {
        return RUNS.computeIfAbsent(scenario + String.join(",", overrides), key -> {
            String[] all = Stream.concat(Stream.of("simulation.years=" + YEARS), Stream.of(overrides)).toArray(String[]::new);
            Parameters p = TestWorlds.params(scenario, all);
            double[][] runs = new double[SEEDS][];
            for (int seed = 1; seed <= SEEDS; seed++) runs[seed - 1] = Simulation.run(p, Seeds.of(seed)).summary();
            return runs;
        });
    }
}
