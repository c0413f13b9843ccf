package nl.samenspel.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The estimator and the sampling scheme on the Ishigami function
 * f = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i uniform on [-pi, pi], a = 7, b = 0.1, whose
 * indices are known analytically (Ishigami and Homma 1990; Saltelli et al. 2008, p. 179).
 */
class SobolIndicesTest {
    static final double A = 7;
    static final double B = 0.1;
    static final double[] S1 = {0.3139, 0.4424, 0};
    static final double[] ST = {0.5576, 0.4424, 0.2437};

    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void recoversTheIshigamiIndices() {
        int n = 4096;
        int d = 3;
        double[][] u = SobolSaltelli.unit(n, d);
        double[] yA = new double[n];
        double[] yB = new double[n];
        double[][] yAB = new double[d][n];
        for (int j = 0; j < n; j++) {
            int base = j * SobolSaltelli.blockSize(d);
            yA[j] = ishigami(u[base]);
            yB[j] = ishigami(u[base + 1]);
            for (int i = 0; i < d; i++) yAB[i][j] = ishigami(u[base + 2 + i]);
        }
        SobolIndices x = SobolIndices.estimate(yA, yB, yAB, 200, 3);
        for (int i = 0; i < d; i++) {
            assertEquals(S1[i], x.first()[i], 0.05, "first-order index of x" + (i + 1));
            assertEquals(ST[i], x.total()[i], 0.05, "total index of x" + (i + 1));
            assertTrue(x.firstLow()[i] <= x.first()[i] && x.first()[i] <= x.firstHigh()[i], "interval around S" + (i + 1));
            assertTrue(x.totalLow()[i] <= x.total()[i] && x.total()[i] <= x.totalHigh()[i], "interval around ST" + (i + 1));
        }
    }

    @Test
    void aFunctionOfOneParameterGivesItAllTheVariance() {
        int n = 512;
        double[][] u = SobolSaltelli.unit(n, 2);
        double[] yA = new double[n], yB = new double[n];
        double[][] yAB = new double[2][n];
        for (int j = 0; j < n; j++) {
            yA[j] = u[j * 4][0];
            yB[j] = u[j * 4 + 1][0];
            yAB[0][j] = u[j * 4 + 2][0];
            yAB[1][j] = u[j * 4 + 3][0];
        }
        SobolIndices x = SobolIndices.estimate(yA, yB, yAB, 0, 1);
        assertEquals(1, x.first()[0], 0.05);
        assertEquals(1, x.total()[0], 0.05);
        assertEquals(0, x.first()[1], 1e-12);
        assertEquals(0, x.total()[1], 1e-12);
    }
}
