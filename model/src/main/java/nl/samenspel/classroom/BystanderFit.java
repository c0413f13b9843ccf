package nl.samenspel.classroom;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Fits the experiment's lone rate (per second), diffusion and readiness spread to Darley &amp; Latan&eacute;
 * (1968) Table 1. Procedure: weighted least squares on the exact expectations of
 * {@link BystanderPrediction} (no random numbers, so the fit is smooth and the same on every machine):
 * <pre>  sum over group sizes of subjects x [ (share_model - share_data)^2 + ((seconds_model - seconds_data) / seconds_data)^2 ]</pre>
 * so a miss of ten percentage points weighs as much as a mean time ten per cent off, and larger
 * groups of subjects count more. BOBYQA (commons-math3) minimises it from three fixed starting
 * points within bounds; the best is kept. Social proof is not fitted: in the seizure experiment
 * nobody could see the others, so the table holds no information on it.
 */
public final class BystanderFit {
    /** Model beside data for one group size. */
    public record RowFit(int others, int subjects, double shareData, double shareModel, double secondsData, double secondsModel) {
        public double sharePointsOff() {
            return 100 * (shareModel - shareData);
        }

        public double secondsRelativeOff() {
            return secondsModel / secondsData - 1;
        }
    }

    /** The fitted values, the objective at the optimum and the model beside the table. */
    public record Result(double loneRate, double diffusion, double readinessSpread, double objective, int evaluations, List<RowFit> rows) {}

    private static final double[][] STARTS = {{2.0, 1.0, 0.5}, {1.0, 0.5, 1.5}, {4.0, 3.0, 0.1}};
    private static final double[] LOWER = {0.01, 0, 0};
    private static final double[] UPPER = {50, 20, 3};

    private BystanderFit() {}

    /** @param design the seizure design with the rates that are not fitted (social proof, times) */
    public static Result fit(BystanderSetup design, List<DarleyLatane1968.Row> data) {
        PointValuePair best = null;
        int evaluations = 0;
        for (double[] start : STARTS) {
            BOBYQAOptimizer opt = new BOBYQAOptimizer(7, 0.3, 1e-7);
            PointValuePair p = opt.optimize(new MaxEval(4000), GoalType.MINIMIZE, new InitialGuess(start),
                    new SimpleBounds(LOWER, UPPER), new ObjectiveFunction(x -> objective(at(design, x), data)));
            evaluations += opt.getEvaluations();
            if (best == null || p.getValue() < best.getValue()) best = p;
        }
        BystanderSetup fitted = at(design, best.getPoint());
        return new Result(fitted.loneRate(), fitted.diffusion(), fitted.readinessSpread(), best.getValue(), evaluations, compare(fitted, data));
    }

    /** The optimiser works on the lone rate in hundredths, so that all three unknowns have a similar scale. */
    private static BystanderSetup at(BystanderSetup design, double[] x) {
        return design.withRates(x[0] / 100, x[1], x[2]);
    }

    public static double objective(BystanderSetup s, List<DarleyLatane1968.Row> data) {
        double sum = 0;
        for (RowFit r : compare(s, data)) {
            double share = r.shareModel() - r.shareData();
            double time = r.secondsRelativeOff();
            sum += r.subjects() * (share * share + time * time);
        }
        return sum;
    }

    /** The model's exact expectations beside each row of the table. */
    public static List<RowFit> compare(BystanderSetup s, List<DarleyLatane1968.Row> data) {
        List<RowFit> out = new ArrayList<>();
        for (DarleyLatane1968.Row d : data) {
            BystanderPrediction p = BystanderPrediction.of(s.withOthers(d.others(), 0));
            out.add(new RowFit(d.others(), d.subjects(), d.share(), p.shareActed(), d.meanSeconds(), p.meanSeconds()));
        }
        return out;
    }
}
