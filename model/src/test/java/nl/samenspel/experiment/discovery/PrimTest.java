package nl.samenspel.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PRIM on synthetic data with a known box: cases where x0 < 0.3 and x1 > 0.6, two inputs that do not matter, 3 % labels flipped. */
class PrimTest {
    static final double TOLERANCE = 0.06;

    static double[][] inputs(int n, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][4];
        for (double[] row : x) for (int d = 0; d < 4; d++) row[d] = r.nextDouble();
        return x;
    }

    static boolean[] cases(double[][] x, long seed) {
        Random r = new Random(seed);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] < 0.3 && x[i][1] > 0.6;
            if (r.nextDouble() < 0.03) y[i] = !y[i];
        }
        return y;
    }

    @Test
    void recoversTheKnownBox() {
        double[][] x = inputs(1000, 11);
        List<Prim.Result> boxes = Prim.boxes(x, cases(x, 12), 1);
        assertEquals(1, boxes.size());
        Prim.Step s = boxes.get(0).chosen();
        assertEquals(0.3, s.box().high()[0], TOLERANCE, "upper bound of x0");
        assertEquals(0.6, s.box().low()[1], TOLERANCE, "lower bound of x1");
        assertTrue(s.box().low()[0] < TOLERANCE && s.box().high()[1] > 1 - TOLERANCE, "no bound on the other side");
        for (int d = 2; d < 4; d++) assertTrue(s.box().low()[d] < 0.1 && s.box().high()[d] > 0.9, "input " + d + " does not matter: " + s.box().low()[d] + ".." + s.box().high()[d]);
        assertTrue(s.coverage() > 0.8, "coverage " + s.coverage());
        assertTrue(s.density() > 0.8, "density " + s.density());
    }

    @Test
    void everyStepPeelsAndDensityRisesOverall() {
        double[][] x = inputs(500, 3);
        Prim.Result r = Prim.boxes(x, cases(x, 4), 1).get(0);
        List<Prim.Step> t = r.trajectory();
        for (int i = 1; i < t.size(); i++) assertTrue(t.get(i).support() < t.get(i - 1).support(), "step " + i + " removes runs");
        assertEquals(1.0, t.get(0).coverage(), 1e-12, "the first box holds every case");
        assertTrue(t.get(t.size() - 1).density() > t.get(0).density());
        assertTrue(t.get(t.size() - 1).support() >= Prim.MIN_SUPPORT * 500 - 1);
    }

    @Test
    void noStructureNoStrongBox() {
        double[][] x = inputs(400, 5);
        Random r = new Random(6);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < y.length; i++) y[i] = r.nextDouble() < 0.3;
        for (Prim.Result b : Prim.boxes(x, y, 3)) assertFalse(b.chosen().density() > 0.8 && b.chosen().coverage() > 0.5, "a strong box in noise");
    }

    /**
     * Bryant and Lempert (2010), as the EMA Workbench computes it: a restriction on an input that
     * decides the cases has a tiny quasi-p; a slight one on an input that does not matter has a
     * large one; an unrestricted input has none.
     */
    @Test
    void quasiPSeparatesTheRestrictionsThatMatterFromSlightOnes() {
        double[][] x = inputs(1000, 11);
        boolean[] y = cases(x, 12);
        Prim.Box box = new Prim.Box(new double[] {0, 0.6, 0.05, Double.NEGATIVE_INFINITY}, new double[] {0.3, 1, 1, Double.POSITIVE_INFINITY});
        double[] qp = Prim.quasiP(x, y, box);
        assertTrue(qp[0] < 1e-6 && qp[1] < 1e-6, "x0 and x1 decide the cases: " + java.util.Arrays.toString(qp));
        assertTrue(qp[2] > 0.05, "x2 does not matter; trimming 5 % of it adds nothing: " + qp[2]);
        assertTrue(Double.isNaN(qp[3]), "x3 is not restricted");
    }

    /** A box described by fewer restrictions holds what those alone hold: its coverage and density are recounted, not the full box's. */
    @Test
    void aBoxRestrictedToSomeInputsIsRecounted() {
        double[][] x = inputs(1000, 13);
        boolean[] y = cases(x, 14);
        Prim.Box full = new Prim.Box(new double[] {0, 0.6, 0.5, 0}, new double[] {0.3, 1, 1, 1});
        Prim.Step onlyX0 = Prim.restrictedTo(x, y, full, new boolean[] {true, false, false, false});
        int runs = 0, cases = 0, total = 0;
        for (int i = 0; i < x.length; i++) {
            if (y[i]) total++;
            if (x[i][0] > 0.3) continue;
            runs++;
            if (y[i]) cases++;
        }
        assertEquals(runs, onlyX0.support());
        assertEquals((double) cases / runs, onlyX0.density(), 1e-12);
        assertEquals((double) cases / total, onlyX0.coverage(), 1e-12);
        assertTrue(onlyX0.density() < 0.7, "x0 alone is not the whole box: density " + onlyX0.density());
    }
}
