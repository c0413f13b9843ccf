package nl.samenspel.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.metrics.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The point estimate is the confirmed draw surest to stay inside every band on fresh seeds
 * (docs/calibration.md, step 7): the largest smallest margin to a band edge, in standard errors of
 * its confirmation mean. A draw near an edge, inside on its confirmation runs by a fraction of a
 * standard error, is as likely out as in on the check runs.
 */
class PointEstimateRuleTest {
    private static final List<Target> TARGETS = List.of(
            new Target("attrition", Outcome.VOLUNTEERS_ACTIVE, false, 0.34, 0.25, 0.40, "x"),
            new Target("share", Outcome.REACH_4W, false, 0.078, 0, 0.078, "x"));

    @Test
    void theMarginIsTheDistanceToTheNearerEdgeInStandardErrors() {
        Target t = TARGETS.get(0);
        assertEquals(2.0, t.margin(0.36, 0.02), 1e-12, "0.04 below the upper edge, 0.11 above the lower");
        assertEquals(-1.0, t.margin(0.42, 0.02), 1e-12, "outside by one standard error");
        assertEquals(Double.NEGATIVE_INFINITY, t.margin(Double.NaN, 0.02));
    }

    @Test
    void theConfirmedDrawFarthestInsideInStandardErrorsIsChosenNotTheNearestToAnEdge() {
        int[] candidates = {3, 7, 9};
        double[][] mean = {{0.39, 0.01}, {0.33, 0.01}, {0.30, 0.01}};
        double[][] se = {{0.02, 0.001}, {0.01, 0.001}, {0.01, 0.001}};
        // draw 3: 0.5 se from the upper edge; draw 7: 7 se from the upper edge; draw 9 would be 5 se
        // from the lower, but it was not confirmed
        var c = new Calibration.Confirmation(candidates, mean, se, new int[] {3, 7});
        assertEquals(7, c.surest(TARGETS));
        assertTrue(c.margin(TARGETS, 0) < c.margin(TARGETS, 1));
    }

    @Test
    void theSmallestMarginOverTheTargetsDecides() {
        int[] candidates = {1, 2};
        // draw 1 sits in the middle of the first band but 0.5 se under the second's upper edge
        double[][] mean = {{0.325, 0.0775}, {0.36, 0.04}};
        double[][] se = {{0.01, 0.001}, {0.01, 0.001}};
        var c = new Calibration.Confirmation(candidates, mean, se, new int[] {1, 2});
        assertEquals(2, c.surest(TARGETS));
    }

    @Test
    void noConfirmedDrawGivesNone() {
        var c = new Calibration.Confirmation(new int[] {4}, new double[][] {{0.3, 0.01}}, new double[][] {{0.01, 0.001}}, new int[0]);
        assertEquals(-1, c.surest(TARGETS));
    }
}
