package nl.samenspel.experiment.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.samenspel.experiment.sweep.VariedParameter;
import nl.samenspel.output.Numbers;

/**
 * The tables a fit writes (docs/calibration/): the ensemble, every accepted draw with its figures,
 * the posterior ranges, the targets beside their bands, the point estimate and the fit's figures.
 */
public final class FitTables {
    public static final String ENSEMBLE = "ensemble.csv";
    public static final String ACCEPTED = "accepted.csv";
    public static final String POSTERIOR = "posterior.csv";
    public static final String TARGETS = "targets.csv";
    public static final String POINT = "point_estimate.csv";
    public static final String FIT = "fit.csv";
    public static final String CONFIRMATION = "confirmation.csv";
    public static final String ROUNDS = "rounds.csv";

    private FitTables() {}

    /** The accepted draws in draw order, nearest first among equals; as a sorted copy. */
    static int[] members(Calibration.Fit fit) {
        int[] a = fit.abc().accepted().clone();
        Arrays.sort(a);
        return a;
    }

    /** One row per accepted parameter set, one column per free parameter. */
    public static String ensemble(Calibration.Fit fit) {
        List<VariedParameter> free = fit.file().free();
        StringBuilder s = new StringBuilder(String.join(",", fit.file().freeKeys())).append('\n');
        for (int i : members(fit)) {
            for (int j = 0; j < free.size(); j++) s.append(j == 0 ? "" : ",").append(value(fit.value(i, j)));
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * draw,distance,<each target's figure>,<each free parameter>: the accepted draws; after ABC-SMC
     * rounds also each one's round and normalised importance weight.
     */
    public static String accepted(Calibration.Fit fit) {
        boolean smc = fit.file().rounds() > 0;
        double sum = weightSum(fit);
        List<String> cols = new ArrayList<>(List.of("draw", "distance"));
        if (smc) cols.addAll(List.of("round", "weight"));
        for (Target t : fit.file().targets()) cols.add(t.name());
        cols.addAll(fit.file().freeKeys());
        StringBuilder s = new StringBuilder(String.join(",", cols)).append('\n');
        for (int i : members(fit)) {
            s.append(i).append(',').append(Numbers.format(fit.abc().distance()[i]));
            if (smc) s.append(',').append(fit.draws().round(i)).append(',').append(Numbers.format(fit.draws().weight()[i] / sum));
            for (double f : fit.figures()[i]) s.append(',').append(Numbers.format(f));
            for (int j = 0; j < fit.file().free().size(); j++) s.append(',').append(value(fit.value(i, j)));
            s.append('\n');
        }
        return s.toString();
    }

    /** parameter,prior_low,prior_high,point_estimate,p05,p50,p95: the posterior's 5-95 % range per parameter. */
    public static String posterior(Calibration.Fit fit) {
        StringBuilder s = new StringBuilder("parameter,prior_low,prior_high,point_estimate,p05,p50,p95\n");
        for (Posterior p : posteriors(fit)) {
            s.append(p.key()).append(',').append(Numbers.format(p.low())).append(',').append(Numbers.format(p.high())).append(',')
                    .append(Numbers.format(p.point())).append(',').append(Numbers.format(p.p05())).append(',')
                    .append(Numbers.format(p.p50())).append(',').append(Numbers.format(p.p95())).append('\n');
        }
        return s.toString();
    }

    /** One parameter's prior and posterior summary. */
    public record Posterior(String key, double low, double high, double point, double p05, double p50, double p95) {}

    public static List<Posterior> posteriors(Calibration.Fit fit) {
        List<Posterior> out = new ArrayList<>();
        int[] acc = fit.abc().accepted();
        double[] w = weights(fit);
        for (int j = 0; j < fit.file().free().size(); j++) {
            VariedParameter vp = fit.file().free().get(j);
            double[] v = new double[acc.length];
            for (int k = 0; k < acc.length; k++) v[k] = ((Number) fit.value(acc[k], j)).doubleValue();
            Object pt = fit.point().get(vp.key());
            double[] q = new double[3];
            double[] at = {0.05, 0.5, 0.95};
            for (int m = 0; m < 3; m++) q[m] = fit.draws().equalWeights() ? Abc.quantile(v, at[m]) : weightedQuantile(v, w, at[m]);
            out.add(new Posterior(vp.key(), vp.low(), vp.high(), pt == null ? Double.NaN : ((Number) pt).doubleValue(), q[0], q[1], q[2]));
        }
        return out;
    }

    /** The accepted draws' importance weights, normalised, in the order of {@code abc().accepted()}. */
    static double[] weights(Calibration.Fit fit) {
        int[] acc = fit.abc().accepted();
        double sum = weightSum(fit);
        double[] w = new double[acc.length];
        for (int k = 0; k < acc.length; k++) w[k] = fit.draws().weight()[acc[k]] / sum;
        return w;
    }

    /** The accepted draws' weights summed, nearest first. */
    private static double weightSum(Calibration.Fit fit) {
        double sum = 0;
        for (int i : fit.abc().accepted()) sum += fit.draws().weight()[i];
        return sum;
    }

    /** The q-quantile of weighted values: the smallest value whose cumulative weight reaches q. */
    static double weightedQuantile(double[] values, double[] weights, double q) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, java.util.Comparator.<Integer>comparingDouble(i -> values[i]).thenComparingInt(i -> i));
        double total = 0;
        for (double x : weights) total += x;
        double c = 0;
        for (int i : order) {
            c += weights[i];
            if (c >= q * total) return values[i];
        }
        return values[order[order.length - 1]];
    }

    /** round,draws,tolerance,kept,new_nearer_share,inside_all_bands: the ABC-SMC rounds, the prior draws first. */
    public static String rounds(Calibration.Fit fit) {
        StringBuilder s = new StringBuilder("round,draws,tolerance,kept,new_nearer_share,inside_all_bands\n");
        for (Calibration.Round r : fit.rounds()) {
            s.append(r.round()).append(',').append(r.draws()).append(',').append(Numbers.format(r.tolerance())).append(',').append(r.kept())
                    .append(',').append(Numbers.format(r.newNearer())).append(',').append(r.insideAllBands()).append('\n');
        }
        return s.toString();
    }

    /** target,published,band_low,band_high,model,model_ci_low,model_ci_high,inside: the point estimate beside each band. */
    public static String targets(Calibration.Fit fit) {
        StringBuilder s = new StringBuilder("target,published,band_low,band_high,model,model_ci_low,model_ci_high,inside\n");
        for (Calibration.TargetCheck c : fit.checks()) {
            Target t = c.target();
            s.append(t.name()).append(',').append(Numbers.format(t.published())).append(',').append(Numbers.format(t.low())).append(',')
                    .append(Numbers.format(t.high())).append(',').append(Numbers.format(c.model().mean())).append(',')
                    .append(Numbers.format(c.model().low())).append(',').append(Numbers.format(c.model().high())).append(',')
                    .append(c.inside()).append('\n');
        }
        return s.toString();
    }

    /** parameter,value: what scenarios/baseline.yaml carries for each free parameter. */
    public static String point(Calibration.Fit fit) {
        StringBuilder s = new StringBuilder("parameter,value\n");
        for (Map.Entry<String, Object> e : fit.point().entrySet()) s.append(e.getKey()).append(',').append(value(e.getValue())).append('\n');
        return s.toString();
    }

    /**
     * draw,confirmed,point_estimate,margin,<each target's mean and standard error>: the draws inside
     * every band, on their confirmation runs; margin is the smallest over the targets in standard errors.
     */
    public static String confirmation(Calibration.Fit fit) {
        Calibration.Confirmation c = fit.confirmation();
        List<Target> targets = fit.file().targets();
        List<String> cols = new ArrayList<>(List.of("draw", "confirmed", "point_estimate", "margin"));
        for (Target t : targets) {
            cols.add(t.name());
            cols.add(t.name() + "_se");
        }
        StringBuilder s = new StringBuilder(String.join(",", cols)).append('\n');
        for (int k = 0; k < c.candidates().length; k++) {
            int draw = c.candidates()[k];
            s.append(draw).append(',').append(Arrays.binarySearch(c.confirmed(), draw) >= 0).append(',')
                    .append(draw == fit.abc().point()).append(',').append(Numbers.format(c.margin(targets, k)));
            for (int t = 0; t < targets.size(); t++) {
                s.append(',').append(Numbers.format(c.mean()[k][t])).append(',').append(Numbers.format(c.se()[k][t]));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** quantity,value: the fit's size, acceptance and the point estimate's draw. */
    public static String fit(Calibration.Fit fit) {
        Abc.Result a = fit.abc();
        CalibrationFile f = fit.file();
        StringBuilder s = new StringBuilder("quantity,value\n");
        row(s, "draws", f.draws());
        if (f.rounds() > 0) {
            row(s, "smc_rounds_run", fit.rounds().size() - 1);
            row(s, "draws_all_rounds", fit.draws().count());
        }
        row(s, "replications_per_draw", f.replications());
        row(s, "reported_years_per_draw", f.years());
        row(s, "free_parameters", f.free().size());
        row(s, "targets", f.targets().size());
        row(s, "inside_all_bands", a.insideAllBands());
        row(s, "accepted", a.accepted().length);
        row(s, "acceptance_rate", a.acceptanceRate());
        row(s, "tolerance", a.tolerance());
        row(s, "effective_tolerance", a.effectiveTolerance());
        row(s, "tolerance_raised", a.raised() ? 1 : 0);
        row(s, "confirmation_candidates", fit.confirmation().candidates().length);
        row(s, "confirmed_inside_all_bands", fit.confirmation().confirmed().length);
        row(s, "point_estimate_draw", a.point());
        row(s, "point_estimate_distance", a.point() < 0 ? Double.NaN : a.distance()[a.point()]);
        row(s, "check_replications", f.checkReplications());
        row(s, "targets_inside_at_point_estimate", fit.checks().stream().filter(Calibration.TargetCheck::inside).count());
        return s.toString();
    }

    private static void row(StringBuilder s, String k, double v) {
        s.append(k).append(',').append(Numbers.format(v)).append('\n');
    }

    static String value(Object v) {
        return v instanceof Number n ? Numbers.format(n.doubleValue()) : String.valueOf(v);
    }
}
