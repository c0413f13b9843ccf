package nl.samenspel.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import nl.samenspel.ProjectFiles;
import nl.samenspel.cli.BystanderFitCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The joint fit of MODEL.md section 7 (issue 11): both experiments, shared divisors, one lone rate each. */
class BystanderFitTest {
    private static final BystanderSetup SEIZURE = BystanderFitCommand.seizureDesign();
    private static BystanderFit.Result fit;
    private static BystanderFit.Result without;

    @BeforeAll
    static void fitOnce() {
        fit = BystanderFit.fit(SEIZURE, true);
        without = BystanderFit.fit(SEIZURE, false);
    }

    @Test
    void theFileHoldsWhatTheFitGivesAndTheFitIsReproducible() throws Exception {
        assertEquals(fit, BystanderFit.fit(SEIZURE, true), "the fit has no randomness: the same data give the same values");
        BystanderFitFile.Fitted file = BystanderFitFile.load();
        assertEquals(BystanderFitFile.rounded(fit.rates()), BystanderFitFile.rates(file), "scenarios/bystander.yaml: rerun 'samenspel bystander fit'");
        assertEquals(SEIZURE.emergencySeconds(), file.design().emergencySeconds());
        assertEquals(SEIZURE.seconds(), file.design().seconds());
        String text = Files.readString(ProjectFiles.root().resolve("scenarios/bystander.yaml"));
        assertEquals(BystanderFitFile.text(fit, without, SEIZURE, "samenspel bystander fit"), text,
                "scenarios/bystander.yaml is exactly what 'samenspel bystander fit' writes (rows, objective): rerun it");
    }

    @Test
    void eachDarleyLataneRowWithinFivePointsEachLataneRodinRowWithinSeven() {
        List<BystanderFit.RowFit> rows = BystanderFit.compare(SEIZURE, BystanderFitFile.rates(BystanderFitFile.load()));
        assertEquals(6, rows.size());
        for (BystanderFit.RowFit r : rows) {
            double limit = r.experiment().equals(BystanderFit.INTERCOM) ? 5 : 7;
            assertTrue(Math.abs(r.sharePointsOff()) <= limit, r.experiment() + " " + r.condition() + ": model " + r.shareModel() + " vs " + r.shareData());
        }
    }

    @Test
    void theRuleWithoutTheConfederatesIndifferenceCannotMeetLataneRodin() {
        // Recorded, not weakened: with a confederate counting as one hesitating stranger, the best joint fit
        // misses the confederate row (7 %) by more than 7 points.
        assertEquals(1.0, without.rates().indifference(), 0);
        double worst = 0;
        for (BystanderFit.RowFit r : without.rows()) if (r.inView()) worst = Math.max(worst, Math.abs(r.sharePointsOff()));
        assertTrue(worst > 7, "worst Latane & Rodin row without the split: " + worst + " points");
        assertTrue(fit.objective() < without.objective());
    }

    @Test
    void sharedParametersAndOneLoneRatePerExperiment() {
        BystanderFit.Rates r = fit.rates();
        assertTrue(r.loneRateInView() < r.loneRateIntercom(), "the lady in distress drew less help alone (70 %) than the seizure (85 %) " + r);
        assertTrue(r.socialProof() > 0 && r.diffusion() > 0 && r.indifference() > 1, r.toString());
    }

    @Test
    void theSmokeStudyOutOfSampleIsPredictedWithinTenPoints() {
        // Not fitted (Latane & Darley 1968, smoke): only its own lone rate is set, by its alone row.
        BystanderFit.OutOfSample smoke = BystanderFit.smoke(SEIZURE, BystanderFitFile.rates(BystanderFitFile.load()));
        assertEquals(0.75, smoke.rows().get(0).shareModel(), 1e-6);
        for (BystanderFit.RowFit r : smoke.rows()) assertTrue(Math.abs(r.sharePointsOff()) <= 10, r.condition() + ": " + r.shareModel() + " vs " + r.shareData());
        BystanderSetup intercom = BystanderFit.intercom(SEIZURE, fit.rates()).withLoneRate(smoke.loneRate());
        double unseen = BystanderPrediction.of(LataneRodin1969.SMOKE.design(intercom, LataneRodin1969.SMOKE.rows().get(2)).withInView(false)).groupAnyActed();
        assertTrue(unseen > 0.6 && smoke.rows().get(2).shareModel() < 0.4,
                "three naive people in one room report far less often than three who could not see each other: " + smoke.rows().get(2).shareModel() + " vs " + unseen);
    }

    @Test
    void theOptimumBeatsNearbyValues() {
        BystanderFit.Rates r = fit.rates();
        double best = BystanderFit.objective(SEIZURE, r);
        for (double f : new double[] {0.9, 1.1}) {
            List<BystanderFit.Rates> near = List.of(
                    new BystanderFit.Rates(r.loneRateIntercom() * f, r.loneRateInView(), r.diffusion(), r.socialProof(), r.readinessSpread(), r.indifference()),
                    new BystanderFit.Rates(r.loneRateIntercom(), r.loneRateInView() * f, r.diffusion(), r.socialProof(), r.readinessSpread(), r.indifference()),
                    new BystanderFit.Rates(r.loneRateIntercom(), r.loneRateInView(), r.diffusion() * f, r.socialProof(), r.readinessSpread(), r.indifference()),
                    new BystanderFit.Rates(r.loneRateIntercom(), r.loneRateInView(), r.diffusion(), r.socialProof() * f, r.readinessSpread(), r.indifference()),
                    new BystanderFit.Rates(r.loneRateIntercom(), r.loneRateInView(), r.diffusion(), r.socialProof(), r.readinessSpread() * f, r.indifference()),
                    new BystanderFit.Rates(r.loneRateIntercom(), r.loneRateInView(), r.diffusion(), r.socialProof(), r.readinessSpread(), r.indifference() * f));
            for (BystanderFit.Rates n : near) assertTrue(BystanderFit.objective(SEIZURE, n) > best, n + " vs the optimum " + r);
        }
    }

    @Test
    void theTablesAreTheTwoExperiments() {
        assertEquals(3, DarleyLatane1968.table1().size());
        assertEquals(new DarleyLatane1968.Row(4, 13, 0.31, 166), DarleyLatane1968.row(4));
        List<InViewStudy.Row> lr = LataneRodin1969.rows();
        assertEquals(List.of("alone", "passive confederate", "two strangers"), lr.stream().map(InViewStudy.Row::condition).toList());
        assertEquals(0.07, lr.get(1).share());
        assertTrue(lr.get(2).groupShare() && !lr.get(0).groupShare());
    }

    @Test
    void aBrokenFitFileIsNamedWithItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BystanderFitFile.parse("x.yaml", "experiment:\n  lone_rate: 2\n  lone_rate_in_view: 0.01\n  diffusion: 1\n  social_proof: 0\n"
                        + "  indifference: 1\n  readiness_spread: 0\n  emergency_seconds: 10\n  seconds: 20\n"));
        assertTrue(e.getMessage().startsWith("x.yaml:2: 'experiment.lone_rate'") && e.getMessage().contains("out of range 0..1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BystanderFitFile.parse("x.yaml", "experiment:\n  lone_rat: 0.1\n"));
        assertTrue(e.getMessage().contains("x.yaml:2: 'experiment.lone_rat'") && e.getMessage().contains("did you mean 'lone_rate'?"), e.getMessage());
    }
}
