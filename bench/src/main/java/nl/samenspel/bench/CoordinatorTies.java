package nl.samenspel.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.engine.CareSimulation;
import nl.samenspel.engine.Seeds;
import nl.samenspel.experiment.stats.PointBiserial;
import nl.samenspel.experiment.validation.Ensemble;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioResolver;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Why P8 holds or fails for a parameter set: the baseline's volunteers' ties to a coordinator at
 * the start of each year after the warm-up, how much they vary, how long they last (the same
 * volunteer's tie 13 and 26 weeks later) and how they go with quitting within the year (P8's
 * point-biserial r, computed as {@code validate} does), on seeds 1 to 5 and 5 years. A diagnostic for the modeller, not a validation.
 * {@code java -cp benchmarks.jar nl.samenspel.bench.CoordinatorTies [MEMBER]}: MEMBER is a row of
 * docs/calibration/ensemble.csv (1 for the first); without it, the baseline's point estimate.
 */
public final class CoordinatorTies {
    private static final int REPLICATIONS = 5, YEARS = 5;

    /** One volunteer-year: her tie at the start, 13 and 26 weeks on (NaN once she left), her mean tie while active, whether she quit. */
    private record Row(double start, double at13, double at26, double meanWhileActive, boolean quit) {}

    public static void main(String[] args) throws Exception {
        List<String> overrides = new ArrayList<>();
        if (args.length > 0) {
            Ensemble e = Ensemble.read(Path.of(Ensemble.DEFAULT));
            overrides.addAll(e.members().get(Integer.parseInt(args[0]) - 1));
        }
        Parameters p = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", overrides).parameters();
        List<Row> rows = new ArrayList<>();
        for (int rep = 1; rep <= REPLICATIONS; rep++) rows.addAll(run(p, Seeds.of(rep)));
        report(args.length > 0 ? "ensemble member " + args[0] : "point estimate", rows);
    }

    private static List<Row> run(Parameters p, Seeds seeds) {
        CareSimulation sim = new CareSimulation(p, seeds);
        sim.start();
        World w = sim.world();
        for (int week = 0; week < p.simulation().warmupWeeks(); week++) sim.schedule.step(sim);
        List<Row> rows = new ArrayList<>();
        for (int year = 0; year < YEARS; year++) {
            Map<Volunteer, double[]> seen = new IdentityHashMap<>(); // start, at 13, at 26, sum, weeks, quit
            for (Volunteer v : w.volunteers) if (v.active) seen.put(v, new double[] {v.coordinatorTie, Double.NaN, Double.NaN, 0, 0, 0});
            for (int week = 1; week <= World.WEEKS_PER_YEAR; week++) {
                sim.schedule.step(sim);
                for (Map.Entry<Volunteer, double[]> e : seen.entrySet()) {
                    double[] r = e.getValue();
                    if (!e.getKey().active) {
                        r[5] = 1;
                        continue;
                    }
                    if (week == 13) r[1] = e.getKey().coordinatorTie;
                    if (week == 26) r[2] = e.getKey().coordinatorTie;
                    r[3] += e.getKey().coordinatorTie;
                    r[4]++;
                }
            }
            for (double[] r : seen.values()) rows.add(new Row(r[0], r[1], r[2], r[4] > 0 ? r[3] / r[4] : r[0], r[5] > 0));
        }
        sim.finish();
        return rows;
    }

    private static void report(String what, List<Row> rows) {
        double[] start = rows.stream().mapToDouble(Row::start).toArray();
        double[] mean = rows.stream().mapToDouble(Row::meanWhileActive).toArray();
        boolean[] quit = new boolean[rows.size()];
        for (int i = 0; i < quit.length; i++) quit[i] = rows.get(i).quit();
        System.out.printf("%s: %d volunteer-years, %.1f %% quit within the year%n", what, rows.size(), 100.0 * rows.stream().filter(Row::quit).count() / rows.size());
        System.out.printf("  tie at the start of a year: mean %.3f, sd %.3f; above 0.8 %.0f %%, below 0.3 %.0f %%%n", Arrays.stream(start).average().orElse(0),
                new StandardDeviation(false).evaluate(start),
                100.0 * Arrays.stream(start).filter(x -> x > 0.8).count() / start.length, 100.0 * Arrays.stream(start).filter(x -> x < 0.3).count() / start.length);
        System.out.printf("  how long it lasts: r(start, 13 weeks on) %.3f, r(start, 26 weeks on) %.3f (volunteers still active)%n", later(rows, true), later(rows, false));
        System.out.printf("  with quitting: r(start tie, quit) %.3f (P8's figure), r(mean tie while active, quit) %.3f%n",
                PointBiserial.of(start, quit, quit.length).mean(), PointBiserial.of(mean, quit, quit.length).mean());
    }

    private static double later(List<Row> rows, boolean at13) {
        List<Row> on = rows.stream().filter(x -> !Double.isNaN(at13 ? x.at13() : x.at26())).toList();
        return r(on.stream().mapToDouble(Row::start).toArray(), on.stream().mapToDouble(x -> at13 ? x.at13() : x.at26()).toArray());
    }

    private static double r(double[] x, double[] y) {
        return x.length < 3 ? Double.NaN : new PearsonsCorrelation().correlation(x, y);
    }
}
