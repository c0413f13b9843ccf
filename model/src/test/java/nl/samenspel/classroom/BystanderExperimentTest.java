package nl.samenspel.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.model.mechanism.BystanderStep;
import org.junit.jupiter.api.Test;

class BystanderExperimentTest {
    private static final BystanderSetup FITTED = BystanderFitFile.load().design();
    private static final List<Integer> TABLE_SIZES = List.of(0, 1, 4);

    @Test
    void fittedModelMatchesDarleyLataneTable1() {
        List<BystanderRow> rows = BystanderExperiment.run(FITTED, TABLE_SIZES, 4000, 11, n -> {});
        for (BystanderRow r : rows) {
            DarleyLatane1968.Row d = DarleyLatane1968.row(r.others());
            assertTrue(Math.abs(r.shareActed() - d.share()) <= 0.05, "share acted with " + r.others() + " others: model " + r.shareActed() + " vs " + d.share());
            assertTrue(Math.abs(r.meanSeconds() / d.meanSeconds() - 1) <= 0.20, "mean seconds with " + r.others() + " others: model " + r.meanSeconds() + " vs " + d.meanSeconds());
        }
    }

    @Test
    void simulationAgreesWithExactExpectations() {
        for (int n : TABLE_SIZES) {
            BystanderSetup s = FITTED.withOthers(n, 0);
            BystanderRow sim = BystanderExperiment.run(s, 3000, 5);
            BystanderPrediction exact = BystanderPrediction.of(s);
            assertTrue(exact.shareActed() >= sim.shareActedCiLow() - 0.01 && exact.shareActed() <= sim.shareActedCiHigh() + 0.01,
                    n + " others: exact " + exact.shareActed() + " outside simulated " + sim.shareActedCiLow() + ".." + sim.shareActedCiHigh());
            assertEquals(exact.groupAnyActed(), sim.groupAnyActed(), 0.03, n + " others: chance that anyone acts");
            assertEquals(exact.meanSeconds(), sim.meanSeconds(), 0.06 * exact.meanSeconds(), n + " others: mean seconds");
        }
    }

    @Test
    void sameSeedSameRowsOtherSeedOtherRows() {
        BystanderSetup s = FITTED.withOthers(4, 1);
        assertEquals(BystanderExperiment.run(s, 300, 42), BystanderExperiment.run(s, 300, 42));
        assertNotEquals(BystanderExperiment.run(s, 300, 42), BystanderExperiment.run(s, 300, 43));
    }

    @Test
    void moreBystandersLowerEachPersonsShare() {
        double previous = 1.1;
        for (int n : List.of(0, 1, 2, 4, 8)) {
            double share = BystanderExperiment.run(FITTED.withOthers(n, 0), 2000, 3).shareActed();
            assertTrue(share < previous, n + " others: share " + share + " should be below " + previous);
            previous = share;
        }
    }

    @Test
    void passiveConfederatesLowerItFurther() {
        BystanderRow naive = BystanderExperiment.run(FITTED.withOthers(4, 0), 3000, 3);
        BystanderRow withConfederates = BystanderExperiment.run(FITTED.withOthers(4, 3), 3000, 3);
        assertTrue(withConfederates.shareActedCiHigh() < naive.shareActedCiLow(),
                "3 passive confederates among 4 others: " + withConfederates.shareActed() + " vs all naive " + naive.shareActed());
        BystanderStep rule = FITTED.rule();
        assertTrue(rule.actChance(4, 3, false) < rule.actChance(4, 0, false));
    }

    @Test
    void explicitResponsibilityRestoresTheNamedPersonsLoneRate() {
        BystanderSetup alone = FITTED.withOthers(0, 0);
        BystanderSetup namedAmongFour = FITTED.withOthers(4, 2).withNamed(true);
        assertEquals(FITTED.loneRate(), FITTED.rule().actChance(4, 2, true), 0);
        // The named person draws from the same stream in both rooms, so she acts at the same second.
        int differ = 0, actedBefore = 0;
        for (long seed = 0; seed < 300; seed++) {
            BystanderRoom a = new BystanderRoom(alone, seed).runToEnd();
            BystanderRoom b = new BystanderRoom(namedAmongFour, seed).runToEnd();
            if (a.actedAt(0) != b.actedAt(0)) differ++;
            if (a.actedAt(0) >= 0) actedBefore++;
        }
        assertEquals(0, differ);
        assertTrue(actedBefore > 200, "the lone person acts in most runs: " + actedBefore);
        BystanderSetup unnamed = namedAmongFour.withNamed(false);
        assertTrue(BystanderPrediction.of(unnamed).shareActed() < 0.5 * BystanderPrediction.of(alone).shareActed());
    }

    @Test
    void inViewOfEachOtherFewerActWithOneOtherThanOverTheIntercom() {
        // Social proof among naive people (issue 11, must show): the same emergency and lone rate, only the room differs.
        BystanderRow intercom = BystanderExperiment.run(FITTED.withOthers(1, 0), 4000, 7);
        BystanderRow inView = BystanderExperiment.run(FITTED.withOthers(1, 0).withInView(true), 4000, 7);
        assertTrue(inView.shareActedCiHigh() < intercom.shareActedCiLow(), "in view " + inView.shareActed() + " vs intercom " + intercom.shareActed());
        BystanderRow alone = BystanderExperiment.run(FITTED.withOthers(0, 0), 2000, 7);
        BystanderRow aloneInView = BystanderExperiment.run(FITTED.withOthers(0, 0).withInView(true), 2000, 7);
        assertEquals(alone, aloneInView, "alone, nobody is in view: being in one room changes nothing");
    }

    @Test
    void inViewTheOthersStopCountingAsPassiveOnceTheyAct() {
        // Two people alike: whoever acts first releases the other, so the second acts sooner than without release.
        BystanderSetup pair = FITTED.withOthers(1, 0).withInView(true).withRates(FITTED.loneRate(), FITTED.diffusion(), 0);
        BystanderSetup frozen = pair.withOthers(1, 1).withRates(FITTED.loneRate(), FITTED.diffusion(), 0); // a confederate never releases
        BystanderStep rule = pair.rule();
        assertTrue(pair.chance(rule, 0, 1.0, 0) > pair.chance(rule, 0, 1.0, 1), "fewer passive others in view, higher chance");
        assertEquals(rule.actChance(1.0, 1, 1, false), pair.chance(0, 1.0), 0, "at second 0 the other hesitates: one passive other");
        assertTrue(frozen.chance(0, 1.0) < pair.chance(0, 1.0), "a confederate's indifference weighs more than a naive stranger's hesitation");
    }

    @Test
    void exactAnyActedInViewAgreesWithSimulationAndLataneRodinIsMet() {
        BystanderFitFile.Fitted f = BystanderFitFile.load();
        BystanderSetup lady = LataneRodin1969.design(FITTED.withLoneRate(f.loneRateInView()), LataneRodin1969.rows().get(0));
        for (InViewStudy.Row d : LataneRodin1969.rows()) {
            BystanderSetup s = LataneRodin1969.design(lady, d);
            BystanderRow sim = BystanderExperiment.run(s, 4000, 13);
            BystanderPrediction exact = BystanderPrediction.of(s);
            assertEquals(exact.groupAnyActed(), sim.groupAnyActed(), 0.025, d.condition());
            double model = d.groupShare() ? sim.groupAnyActed() : sim.shareActed();
            assertTrue(Math.abs(model - d.share()) <= 0.07, d.condition() + ": simulated " + model + " vs " + d.share());
        }
        assertTrue(Double.isNaN(BystanderPrediction.of(lady.withOthers(1, 0)).shareActed()), "in view with two naive people the share is not exact: NaN, not a wrong number");
    }

    @Test
    void badSetupsAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> FITTED.withOthers(-1, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FITTED.withOthers(1, 2));
        assertTrue(e.getMessage().contains("confederates"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FITTED.withLoneRate(1.2));
        assertThrows(IllegalArgumentException.class, () -> FITTED.withLoneRate(-0.1));
        assertThrows(IllegalArgumentException.class, () -> FITTED.withTimes(400, 360));
    }
}
