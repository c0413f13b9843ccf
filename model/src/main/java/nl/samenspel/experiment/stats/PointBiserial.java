package nl.samenspel.experiment.stats;

/**
 * The point-biserial correlation between a number and a yes/no outcome: Pearson's r with the
 * outcome coded 1/0. Its 95 % interval comes from Fisher's z = atanh(r), with standard error
 * 1/sqrt(n - 3). Undefined (NaN) when either variable does not vary.
 */
public final class PointBiserial {
    private PointBiserial() {}

    public static Interval of(double[] x, boolean[] y, int n) {
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i] ? 1 : 0;
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx, dy = (y[i] ? 1 : 0) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (n < 4 || sxx == 0 || syy == 0) return new Interval(Double.NaN, Double.NaN, Double.NaN, n);
        double r = sxy / Math.sqrt(sxx * syy);
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = 1.959963984540054 / Math.sqrt(n - 3);
        return new Interval(r, Math.tanh(z - half), Math.tanh(z + half), n);
    }
}
