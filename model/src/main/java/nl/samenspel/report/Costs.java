package nl.samenspel.report;

import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.experiment.stats.PairedDifference;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.Parameters;
import nl.samenspel.scenario.ParameterDocs;
import nl.samenspel.scenario.ResolvedScenario;

/**
 * Staff and money per scenario in the last year of the horizon: the professionals and coordinators
 * at work (averaged over its 52 weeks) times their weekly hours give FTE ({@code costs.hours_per_fte})
 * and, times the hourly costs ({@code costs.*_hourly_eur}), euros per year. Vacant or unfunded posts
 * cost nothing. The simulation never reads these numbers.
 */
record Costs(double[] professionalsFte, double[] coordinatorsFte, double[][] eurosPerYear, double[][] answeredPerYear) {
    static Costs of(Comparison c) {
        ParameterDocs docs = ParameterDocs.baseline();
        int k = c.scenarios().size();
        double[] pro = new double[k];
        double[] coord = new double[k];
        double[][] eur = new double[k][];
        double[][] answered = new double[k][];
        for (int s = 0; s < k; s++) {
            ResolvedScenario sc = c.scenarios().get(s);
            Parameters p = sc.parameters();
            double fte = Relevance.number(sc, docs, "costs.hours_per_fte", 36);
            double proEur = Relevance.number(sc, docs, "costs.professional_hourly_eur", 0);
            double coordEur = Relevance.number(sc, docs, "costs.coordinator_hourly_eur", 0);
            double[] pw = c.perReplication(s, r -> lastYearMean(r, Outcome.PROFESSIONALS_WORKING));
            double[] cw = c.perReplication(s, r -> lastYearMean(r, Outcome.COORDINATORS_WORKING));
            pro[s] = Interval.of(pw).mean() * p.wijkteam().hours() / fte;
            coord[s] = Interval.of(cw).mean() * p.coordinators().hours() / fte;
            eur[s] = new double[pw.length];
            for (int i = 0; i < pw.length; i++) eur[s][i] = 52 * (pw[i] * p.wijkteam().hours() * proEur + cw[i] * p.coordinators().hours() * coordEur);
            answered[s] = c.perReplication(s, Costs::answered);
        }
        return new Costs(pro, coord, eur, answered);
    }

    static double answered(RunResult r) {
        return r.summary(Outcome.ANSWERED_BY_NEIGHBOUR) + r.summary(Outcome.ANSWERED_BY_VOLUNTEER) + r.summary(Outcome.ANSWERED_BY_PROFESSIONAL);
    }

    static double lastYearMean(RunResult r, Outcome o) {
        double s = 0;
        int n = 0;
        for (int w = Math.max(0, r.weeks() - 52); w < r.weeks(); w++) {
            s += r.weekly(w, o);
            n++;
        }
        return n == 0 ? Double.NaN : s / n;
    }

    Interval euros(int s) {
        return Interval.of(eurosPerYear[s]);
    }

    /** Euros per answered need, per replication averaged. */
    double perAnswered(int s) {
        double e = euros(s).mean();
        double a = Interval.of(answeredPerYear[s]).mean();
        return a > 0 ? e / a : Double.NaN;
    }

    /** The paired difference in euros per year from the reference. */
    Interval eurosDifference(int s) {
        return PairedDifference.of(eurosPerYear[s], eurosPerYear[0]).difference();
    }

    /** A cost difference is clear when its interval excludes zero and it is at least 1 % of the reference's costs. */
    boolean clearCost(int s) {
        Interval d = eurosDifference(s);
        return d.excludesZero() && Math.abs(d.mean()) >= 0.01 * euros(0).mean();
    }
}
