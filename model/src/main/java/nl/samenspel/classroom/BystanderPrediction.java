package nl.samenspel.classroom;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The exact expectations of {@link BystanderRoom}, without drawing: for a person with chance
 * {@code p} per second, the chance to act in second {@code s} is {@code (1-p)^(s-1) p}; averaging
 * over readiness uses Gauss-Legendre quadrature on the readiness quantiles. The fit works on
 * these, so its objective is smooth and needs no random numbers.
 * <p>In view, a person's chance changes when another acts, so the people are no longer independent:
 * then only {@code groupAnyActed} is exact (before the first act everyone keeps her chance at second
 * 0), and the other three are NaN (use {@link BystanderExperiment} for them).
 *
 * @param shareActed     expected share of naive people who act while the emergency lasts
 * @param meanSeconds    mean second of acting among those who act by the end of observation
 * @param everActed      expected share who act by the end of observation
 * @param groupAnyActed  chance that at least one naive person acts while the emergency lasts
 */
public record BystanderPrediction(double shareActed, double meanSeconds, double everActed, double groupAnyActed) {
    private static final GaussIntegrator NODES = new GaussIntegratorFactory().legendre(64, 0, 1);
    /** The readiness at each node for the last spread asked: the fit asks each spread for all its rows, and the gamma quantile is costly. */
    private static volatile Nodes last = new Nodes(-1, new double[0]);

    private record Nodes(double spread, double[] readiness) {}

    private static double[] readiness(double spread) {
        Nodes n = last;
        if (n.spread() == spread) return n.readiness();
        double[] r = new double[NODES.getNumberOfPoints()];
        for (int k = 0; k < r.length; k++) r[k] = Readiness.quantile(spread, NODES.getPoint(k));
        last = new Nodes(spread, r);
        return r;
    }

    public static BystanderPrediction of(BystanderSetup s) {
        int naive = s.naive();
        Person first = person(s, 0);
        Person other = s.named() ? person(s, 1) : first; // everyone but the named person is alike
        double share = 0, timeSum = 0, ever = 0, logNoneActed = 0;
        for (int i = 0; i < naive; i++) {
            Person p = i == 0 ? first : other;
            share += p.byEmergency;
            ever += p.byEnd;
            timeSum += p.timeSum;
            logNoneActed += Math.log(Math.max(1e-300, 1 - p.byEmergency));
        }
        double any = naive == 0 ? 0 : 1 - Math.exp(logNoneActed);
        if (s.inView() && naive > 1) return new BystanderPrediction(Double.NaN, Double.NaN, Double.NaN, any);
        return new BystanderPrediction(naive == 0 ? 0 : share / naive, ever == 0 ? Double.NaN : timeSum / ever,
                naive == 0 ? 0 : ever / naive, any);
    }

    /** One person's expectations, averaged over her readiness. */
    private static Person person(BystanderSetup s, int i) {
        double byEmergency = 0, byEnd = 0, timeSum = 0;
        double[] readiness = readiness(s.readinessSpread());
        for (int k = 0; k < readiness.length; k++) {
            double w = NODES.getWeight(k);
            double p = s.chance(i, readiness[k]);
            double survive = 1;
            for (int sec = 1; sec <= s.seconds(); sec++) {
                double act = survive * p;
                timeSum += w * act * sec;
                survive -= act;
                if (sec == s.emergencySeconds()) byEmergency += w * (1 - survive);
            }
            byEnd += w * (1 - survive);
        }
        return new Person(byEmergency, byEnd, timeSum);
    }

    private record Person(double byEmergency, double byEnd, double timeSum) {}
}
