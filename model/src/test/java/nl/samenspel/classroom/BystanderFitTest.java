package nl.samenspel.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BystanderFitTest {
    @Test
    void theFileHoldsWhatTheFitGivesAndTheFitIsReproducible() {
        BystanderSetup file = BystanderFitFile.load().design();
        BystanderFit.Result a = BystanderFit.fit(file, DarleyLatane1968.table1());
        BystanderFit.Result b = BystanderFit.fit(file, DarleyLatane1968.table1());
        assertEquals(a, b, "the fit has no randomness: the same data give the same values");
        assertEquals(file.loneRate(), BystanderFitFile.round(a.loneRate()), 0, "lone_rate in scenarios/bystander.yaml: rerun 'samenspel bystander fit'");
        assertEquals(file.diffusion(), BystanderFitFile.round(a.diffusion()), 0, "diffusion in scenarios/bystander.yaml: rerun 'samenspel bystander fit'");
        assertEquals(file.readinessSpread(), BystanderFitFile.round(a.readinessSpread()), 0, "readiness_spread: rerun 'samenspel bystander fit'");
    }

    @Test
    void theOptimumBeatsNearbyValues() {
        BystanderSetup file = BystanderFitFile.load().design();
        double best = BystanderFit.objective(file, DarleyLatane1968.table1());
        for (double f : new double[] {0.9, 1.1}) {
            assertTrue(BystanderFit.objective(file.withRates(file.loneRate() * f, file.diffusion(), file.readinessSpread()), DarleyLatane1968.table1()) > best);
            assertTrue(BystanderFit.objective(file.withRates(file.loneRate(), file.diffusion() * f, file.readinessSpread()), DarleyLatane1968.table1()) > best);
            assertTrue(BystanderFit.objective(file.withRates(file.loneRate(), file.diffusion(), file.readinessSpread() * f), DarleyLatane1968.table1()) > best);
        }
    }

    @Test
    void table1IsTheSeizureExperiment() {
        assertEquals(3, DarleyLatane1968.table1().size());
        assertEquals(new DarleyLatane1968.Row(4, 13, 0.31, 166), DarleyLatane1968.row(4));
    }

    @Test
    void aBrokenFitFileIsNamedWithItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BystanderFitFile.parse("x.yaml", "experiment:\n  lone_rate: 2\n  diffusion: 1\n  social_proof: 0\n  readiness_spread: 0\n  emergency_seconds: 10\n  seconds: 20\n"));
        assertTrue(e.getMessage().startsWith("x.yaml:2: 'experiment.lone_rate'") && e.getMessage().contains("out of range 0..1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BystanderFitFile.parse("x.yaml", "experiment:\n  lone_rat: 0.1\n"));
        assertTrue(e.getMessage().contains("x.yaml:2: 'experiment.lone_rat'") && e.getMessage().contains("did you mean 'lone_rate'?"), e.getMessage());
    }
}
