package nl.samenspel.classroom;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * The joint fit of MODEL.md section 7: diffusion, social proof, readiness spread and the weight of a
 * confederate's indifference shared by two experiments, one lone rate per experiment (the situations
 * differ), to Darley &amp; Latan&eacute; (1968) Table 1 (intercom) and Latan&eacute; &amp; Rodin (1969) (in view).
 * Procedure: weighted least squares on the exact expectations of {@link BystanderPrediction} (no random
 * numbers, so the fit is smooth and the same on every machine):
 * <pre>  sum over Darley &amp; Latane rows of subjects x [ (share_model - share_data)^2 + ((seconds_model - seconds_data) / seconds_data)^2 ]
 *  + sum over Latane &amp; Rodin rows of subjects x (share_model - share_data)^2</pre>
 * so a miss of ten percentage points weighs as much as a mean time ten per cent off, and larger
 * groups of subjects count more. The pairs' row is the share of pairs in which anyone helped, so the
 * model's figure there is the chance that anyone in the pair acts. BOBYQA (commons-math3) minimises
 * it from fixed starting points within bounds; the best is kept.
 */
public final class BystanderFit {
    public static final String INTERCOM = "Darley & Latane 1968";
    public static final String IN_VIEW = "Latane & Rodin 1969";
    public static final String SMOKE = "Latane & Darley 1968 smoke";

    /** The fitted values. {@code indifference} is 1 when it is not fitted (the rule without the split). */
    public record Rates(double loneRateIntercom, double loneRateInView, double diffusion, double socialProof,
                        double readinessSpread, double indifference) {}

    /**
     * Model beside data for one row. {@code share} is each person's share, or for a group row the
     * share of groups where anyone acted; seconds are NaN where the experiment gives none.
     */
    public record RowFit(String experiment, String condition, int others, int confederates, boolean inView, boolean groupShare,
                         int subjects, double shareData, double shareModel, double secondsData, double secondsModel) {
        public double sharePointsOff() {
            return 100 * (shareModel - shareData);
        }

        public double secondsRelativeOff() {
            return secondsModel / secondsData - 1;
        }
    }

    /** The fitted values, the objective at the optimum and the model beside both experiments. */
    public record Result(Rates rates, double objective, int evaluations, List<RowFit> rows) {}

    private static final double[][] STARTS = {{2.0, 1.0, 1.0, 0.5, 0.5, 3.0}, {1.0, 2.0, 0.5, 2.0, 1.5, 1.0}, {4.0, 0.5, 3.0, 0.2, 0.1, 10.0}};
    private static final double[] LOWER = {0.01, 0.01, 0, 0, 0, 0};
    private static final double[] UPPER = {50, 50, 20, 20, 3, 50};

    private BystanderFit() {}

    /**
     * @param seizure the seizure design: its times (the rates are fitted)
     * @param fitIndifference false fits the rule without the split of passive others (indifference 1)
     */
    public static Result fit(BystanderSetup seizure, boolean fitIndifference) {
        int n = fitIndifference ? 6 : 5;
        PointValuePair best = null;
        int evaluations = 0;
        for (double[] start : STARTS) {
            BOBYQAOptimizer opt = new BOBYQAOptimizer(2 * n + 1, 0.3, 1e-8);
            PointValuePair p = opt.optimize(new MaxEval(20_000), GoalType.MINIMIZE, new InitialGuess(head(start, n)),
                    new SimpleBounds(head(LOWER, n), head(UPPER, n)), new ObjectiveFunction(x -> objective(seizure, rates(x))));
            evaluations += opt.getEvaluations();
            if (best == null || p.getValue() < best.getValue()) best = p;
        }
        Rates r = rates(best.getPoint());
        return new Result(r, best.getValue(), evaluations, compare(seizure, r));
    }

    private static double[] head(double[] a, int n) {
        return java.util.Arrays.copyOf(a, n);
    }

    /** The optimiser works on the lone rates in hundredths, so that all unknowns have a similar scale. */
    private static Rates rates(double[] x) {
        return new Rates(x[0] / 100, x[1] / 100, x[2], x[3], x[4], x.length > 5 ? x[5] : 1.0);
    }

    public static double objective(BystanderSetup seizure, Rates r) {
        double sum = 0;
        for (RowFit f : compare(seizure, r)) {
            double share = f.shareModel() - f.shareData();
            double time = Double.isNaN(f.secondsData()) ? 0 : f.secondsRelativeOff();
            sum += f.subjects() * (share * share + time * time);
        }
        return sum;
    }

    /** The seizure design at these rates (intercom, its own lone rate). */
    public static BystanderSetup intercom(BystanderSetup seizure, Rates r) {
        return seizure.withRates(r.loneRateIntercom(), r.diffusion(), r.readinessSpread()).withSocialProof(r.socialProof(), r.indifference())
                .withInView(false).withNamed(false);
    }

    /** The lady-in-distress design at these rates (in view, its own lone rate), before a condition is chosen. */
    public static BystanderSetup inView(BystanderSetup seizure, Rates r) {
        return LataneRodin1969.design(intercom(seizure, r).withLoneRate(r.loneRateInView()), LataneRodin1969.rows().get(0));
    }

    /** The model's exact expectations beside each row of both experiments. */
    public static List<RowFit> compare(BystanderSetup seizure, Rates r) {
        List<RowFit> out = new ArrayList<>();
        BystanderSetup dl = intercom(seizure, r);
        for (DarleyLatane1968.Row d : DarleyLatane1968.table1()) {
            BystanderPrediction p = BystanderPrediction.of(dl.withOthers(d.others(), 0));
            out.add(new RowFit(INTERCOM, d.others() == 0 ? "alone" : d.others() + (d.others() == 1 ? " other" : " others"), d.others(), 0, false, false,
                    d.subjects(), d.share(), p.shareActed(), d.meanSeconds(), p.meanSeconds()));
        }
        BystanderSetup lr = inView(seizure, r);
        for (InViewStudy.Row d : LataneRodin1969.rows()) {
            BystanderPrediction p = BystanderPrediction.of(LataneRodin1969.design(lr, d));
            out.add(new RowFit(IN_VIEW, d.condition(), d.others(), d.confederates(), true, d.groupShare(), d.subjects(), d.share(),
                    d.groupShare() ? p.groupAnyActed() : p.shareActed(), Double.NaN, Double.NaN));
        }
        return out;
    }

    /**
     * A check out of sample: the smoke study (Latane &amp; Darley 1968), not in the fit. Its own lone rate
     * is set so that the alone row is met (one number for one row, as each experiment has its own);
     * the other rows are then predicted with the shared values.
     *
     * @return the smoke study's lone rate per second and its rows, model beside data
     */
    public static OutOfSample smoke(BystanderSetup seizure, Rates r) {
        InViewStudy study = LataneRodin1969.SMOKE;
        BystanderSetup base = study.design(intercom(seizure, r), study.rows().get(0));
        InViewStudy.Row alone = study.rows().get(0);
        double lone = new BrentSolver(1e-12).solve(200, x -> BystanderPrediction.of(study.design(base.withLoneRate(x), alone)).shareActed() - alone.share(), 1e-6, 0.5);
        BystanderSetup at = base.withLoneRate(lone);
        List<RowFit> out = new ArrayList<>();
        for (InViewStudy.Row d : study.rows()) {
            BystanderPrediction p = BystanderPrediction.of(study.design(at, d));
            out.add(new RowFit(SMOKE, d.condition(), d.others(), d.confederates(), true, d.groupShare(), d.subjects(), d.share(),
                    d.groupShare() ? p.groupAnyActed() : p.shareActed(), Double.NaN, Double.NaN));
        }
        return new OutOfSample(lone, out);
    }

    /** The smoke study's own lone rate and its rows. */
    public record OutOfSample(double loneRate, List<RowFit> rows) {}
}
