package nl.samenspel.experiment.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import nl.samenspel.engine.Seeds;
import nl.samenspel.experiment.ReplicationRunner;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.experiment.sweep.ParticleDraws;
import nl.samenspel.experiment.sweep.PriorDraws;
import nl.samenspel.experiment.sweep.Sweep;
import nl.samenspel.experiment.sweep.SweepFolder;
import nl.samenspel.experiment.sweep.SweepPlan;
import nl.samenspel.experiment.sweep.VariedParameter;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.Parameters;
import nl.samenspel.scenario.ParameterBinder;
import nl.samenspel.scenario.ParameterSchema;
import nl.samenspel.scenario.ScenarioException;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.util.MathArrays;

/**
 * {@code samenspel calibrate}: approximate Bayesian computation of the free, assumed parameters on
 * the published level targets. The draws from the priors run as a sweep ({@link PriorDraws} as the
 * design, into {@code DIR/draws}), so they use all cores, resume after a kill, run as shards on
 * SLURM and are byte-identical whatever the threads. Once every draw is in, {@link Abc} accepts the
 * ensemble. The draws inside every band are then confirmed: each runs {@code check_replications}
 * times more on seeds of their own, and only those still inside on those runs can be the point
 * estimate (a draw's few replications share the draws' seeds, and a rare event in one of them,
 * such as a coordinator leaving, can carry a noisy figure such as the share of threshold quits into
 * a band by luck). Of the confirmed draws, the one surest to stay inside is the point estimate
 * ({@link Confirmation#surest}: the largest smallest margin to a band edge, in standard errors).
 * It is then run again on yet other fresh seeds
 * ({@code check_replications}) for the model values and intervals beside the published bands.
 * Only the baseline ever runs: no lever scenario, so no pattern enters the fit.
 */
public final class Calibration {
    public static final String DRAWS = "draws";
    /** The check runs' seeds: a stream of the fit's seed that no draw uses. */
    static final long CHECK_STREAM = 0x434845434BL;
    /** The confirmation runs' seeds: another stream that neither the draws nor the check use. */
    static final long CONFIRM_STREAM = 0x434F4E4649524DL;
    /** The stream of ABC-SMC's proposals, one more for each round. */
    static final long SMC_STREAM = 0x534D43L << 8;

    /** One target's figure at the point estimate: the mean over the check runs with its 95 % interval. */
    public record TargetCheck(Target target, Interval model) {
        public boolean inside() {
            return target.inside(model.mean());
        }
    }

    /**
     * A finished fit.
     *
     * @param draws  every draw over the rounds, with its figures and importance weight
     * @param rounds each round's size and tolerance (one round for ABC rejection)
     * @param point  the point estimate by parameter key, rounded to four significant digits (as the baseline carries it)
     */
    public record Fit(CalibrationFile file, Draws draws, List<Round> rounds, Abc.Result abc,
            Confirmation confirmation, Map<String, Object> point, List<TargetCheck> checks) {
        public Object value(int draw, int parameter) {
            return draws.point(draw)[parameter];
        }

        /** The prior draws' plan: the base scenario with the fit's settings. */
        public SweepPlan plan() {
            return draws.plans().get(0);
        }

        public double[][] figures() {
            return draws.figures();
        }
    }

    /**
     * Every draw of a fit over its rounds, numbered on from round to round: round 1 is the prior
     * draws ({@code DIR/draws}), round k after it {@code DIR/round-k} ({@link AbcSmc}).
     *
     * @param start   the first draw number of each round
     * @param unit    {@code unit[draw][parameter]}: each draw's place in the prior box, scaled to [0, 1]
     * @param figures {@code figures[draw][target]}, mean over the draw's replications
     * @param weight  importance weights, prior over proposal density (1 for the prior draws)
     */
    public record Draws(List<SweepPlan> plans, int[] start, double[][] unit, double[][] figures, double[] weight) {
        public int count() {
            return unit.length;
        }

        public int round(int draw) {
            int k = plans.size() - 1;
            while (start[k] > draw) k--;
            return k + 1;
        }

        public Object[] point(int draw) {
            int k = round(draw) - 1;
            return plans.get(k).point(draw - start[k]);
        }

        public Parameters parameters(int draw) {
            int k = round(draw) - 1;
            return plans.get(k).parameters(draw - start[k]);
        }

        /** Whether every weight is the same (ABC rejection): the posterior is then read unweighted. */
        public boolean equalWeights() {
            for (double w : weight) if (w != weight[0]) return false;
            return true;
        }

        Draws with(SweepPlan plan, double[][] u, double[][] f, double[] w) {
            List<SweepPlan> p = new ArrayList<>(plans);
            p.add(plan);
            int[] s = Arrays.copyOf(start, start.length + 1);
            s[start.length] = count();
            return new Draws(List.copyOf(p), s, rows(unit, u), rows(figures, f), MathArrays.concatenate(weight, w));
        }

        private static double[][] rows(double[][] a, double[][] b) {
            return java.util.stream.Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(double[][]::new);
        }
    }

    /**
     * One round: its new draws, the population's tolerance after it, the share of its new draws
     * that came nearer than the tolerance before it (Lenormand et al.'s stopping figure; NaN in
     * round 1), and the draws inside every band so far.
     */
    public record Round(int round, int draws, double tolerance, int kept, double newNearer, int insideAllBands) {}

    private Calibration() {}

    public static SweepPlan plan(CalibrationFile f) throws ScenarioException {
        return SweepPlan.of(f.asExperiment());
    }

    public static SweepFolder drawsFolder(Path dir) {
        return new SweepFolder(dir.resolve(DRAWS));
    }

    /** The folder of round k (1: the prior draws). */
    public static SweepFolder roundFolder(Path dir, int round) {
        return round == 1 ? drawsFolder(dir) : new SweepFolder(dir.resolve("round-" + round));
    }

    /** Runs the draws not yet in {@code DIR/draws} (all of them, or one shard's), then merges unless sharded. */
    public static Sweep.Report runDraws(SweepPlan plan, Path dir, Sweep.Options o, Map<String, Object> manifestExtras, Sweep.Listener listener) throws IOException {
        return Sweep.run(plan, drawsFolder(dir), o, manifestExtras, listener);
    }

    /** The draws of the rounds merged so far, and the rounds' figures; reads {@code runs.csv} of each. */
    public record State(Draws draws, List<Round> rounds, AbcSmc.Population population) {}

    /** The rounds whose runs are merged in DIR, in order, with the population after the last. */
    public static State progress(CalibrationFile f, SweepPlan first, Path dir) throws IOException, ScenarioException {
        double[][] unit = PriorDraws.unit(f.draws(), f.free().size(), f.seed());
        double[] ones = new double[unit.length];
        Arrays.fill(ones, 1);
        Draws draws = new Draws(List.of(first), new int[] {0}, unit, figures(f, first, drawsFolder(dir).dir().resolve(SweepFolder.RUNS)), ones);
        AbcSmc.Population pop = AbcSmc.keep(distances(f, draws), draws.weight(), f.atLeast());
        List<Round> rounds = new ArrayList<>(List.of(new Round(1, f.draws(), pop.tolerance(), pop.size(), Double.NaN, inside(f, draws))));
        for (int k = 2; ; k++) {
            SweepPlan plan = nextRound(f, draws, rounds, pop);
            if (plan == null) break;
            Path runs = roundFolder(dir, k).dir().resolve(SweepFolder.RUNS);
            if (!Files.isRegularFile(runs)) break;
            double[][] u = ((ParticleDraws) plan.experiment().design()).unit();
            double[] w = AbcSmc.weights(u, pop, draws.unit());
            double before = pop.tolerance();
            draws = draws.with(plan, u, figures(f, plan, runs), w);
            double[] d = distances(f, draws);
            int nearer = 0;
            for (int i = draws.count() - u.length; i < draws.count(); i++) if (d[i] < before) nearer++;
            pop = AbcSmc.keep(d, draws.weight(), f.atLeast());
            rounds.add(new Round(k, u.length, pop.tolerance(), pop.size(), (double) nearer / u.length, inside(f, draws)));
        }
        return new State(draws, List.copyOf(rounds), pop);
    }

    /**
     * The plan of the round after those in {@code rounds}, or null when the fit has all its rounds
     * or its population is already within the tolerance asked for (inside every band).
     */
    static SweepPlan nextRound(CalibrationFile f, Draws draws, List<Round> rounds, AbcSmc.Population pop) throws ScenarioException {
        int k = rounds.size() + 1;
        if (k > f.rounds() + 1 || !(pop.tolerance() > f.tolerance())) return null;
        double[][] u = AbcSmc.propose(pop, draws.unit(), f.roundDraws(), Seeds.derive(f.seed(), SMC_STREAM + k));
        return SweepPlan.of(f.asRound(new ParticleDraws(k, u)));
    }

    /** The next round to run after what DIR holds, or null when none is left. */
    public static SweepPlan nextRound(CalibrationFile f, State p) throws ScenarioException {
        return nextRound(f, p.draws(), p.rounds(), p.population());
    }

    private static double[] distances(CalibrationFile f, Draws d) {
        double[] out = new double[d.count()];
        for (int i = 0; i < out.length; i++) out[i] = Abc.distance(f.targets(), d.figures()[i]);
        return out;
    }

    private static int inside(CalibrationFile f, Draws d) {
        int n = 0;
        for (double[] x : d.figures()) if (Abc.distance(f.targets(), x) == 0) n++;
        return n;
    }

    /** Accepts the ensemble from the merged draws of every round and checks the point estimate on fresh seeds. */
    public static Fit analyse(CalibrationFile f, SweepPlan plan, Path dir, int threads, IntConsumer checkProgress) throws IOException {
        State p;
        try {
            p = progress(f, plan, dir);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the fit's file was read before; its rounds cannot fail to plan now", e);
        }
        Draws draws = p.draws();
        Abc.Result first = f.rounds() == 0 ? Abc.fit(f.targets(), draws.figures(), draws.unit(), f.tolerance(), f.atLeast())
                : Abc.of(f.targets(), draws.figures(), draws.unit(), f.tolerance(), p.population().ids());
        Confirmation confirmation = confirm(f, draws, first, threads);
        Abc.Result abc = confirmation.confirmed().length == 0 ? first : first.withPoint(confirmation.surest(f.targets()));
        Map<String, Object> point = new LinkedHashMap<>();
        if (abc.point() >= 0) {
            for (int j = 0; j < f.free().size(); j++) point.put(f.free().get(j).key(), rounded(f.free().get(j), draws.point(abc.point())[j]));
        }
        List<TargetCheck> checks = point.isEmpty() ? List.of() : check(f, plan, point, threads, checkProgress);
        return new Fit(f, draws, p.rounds(), abc, confirmation, point, checks);
    }

    /**
     * The draws within the tolerance asked for, each one's mean and standard error per target over
     * {@code check_replications} runs on the confirmation seeds, and those still inside every band.
     *
     * @param mean {@code mean[k][target]} for {@code candidates[k]}
     * @param se   the standard error of that mean
     */
    public record Confirmation(int[] candidates, double[][] mean, double[][] se, int[] confirmed) {
        /** The smallest margin over the targets (in standard errors, {@link Target#margin}) of candidate k. */
        public double margin(List<Target> targets, int k) {
            double m = Double.POSITIVE_INFINITY;
            for (int t = 0; t < targets.size(); t++) m = Math.min(m, targets.get(t).margin(mean[k][t], se[k][t]));
            return m;
        }

        /**
         * The confirmed draw surest to stay inside every band on seeds it has not seen: the largest
         * smallest margin, ties to the lower draw number; -1 if none is confirmed.
         */
        public int surest(List<Target> targets) {
            int best = -1;
            double bestM = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < candidates.length; k++) {
                if (Arrays.binarySearch(confirmed, candidates[k]) < 0) continue;
                double m = margin(targets, k);
                if (best < 0 || m > bestM || m == bestM && candidates[k] < best) {
                    best = candidates[k];
                    bestM = m;
                }
            }
            return best;
        }
    }

    static Confirmation confirm(CalibrationFile f, Draws draws, Abc.Result abc, int threads) {
        int[] candidates = Arrays.stream(abc.accepted()).filter(i -> abc.distance()[i] <= abc.tolerance()).sorted().toArray();
        int nt = f.targets().size();
        double[][] mean = new double[candidates.length][nt];
        double[][] se = new double[candidates.length][nt];
        if (candidates.length == 0) return new Confirmation(candidates, mean, se, new int[0]);
        List<Parameters> arms = new ArrayList<>();
        for (int i : candidates) arms.add(draws.parameters(i));
        ReplicationRunner.Replications reps = ReplicationRunner.run(arms, f.checkReplications(),
                ReplicationRunner.SeedPlan.common(Seeds.derive(f.seed(), CONFIRM_STREAM)), threads, x -> {});
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < candidates.length; k++) {
            for (int t = 0; t < nt; t++) {
                double[] v = figures(f.targets().get(t), reps.results()[k]);
                for (double x : v) mean[k][t] += x / v.length;
                se[k][t] = standardError(v);
            }
            if (Abc.distance(f.targets(), mean[k]) == 0) kept.add(candidates[k]);
        }
        return new Confirmation(candidates, mean, se, kept.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double standardError(double[] v) {
        SummaryStatistics s = new SummaryStatistics();
        for (double x : v) s.addValue(x);
        return s.getStandardDeviation() / Math.sqrt(s.getN());
    }

    /** Each draw's mean figure per target, from the merged runs.csv. */
    static double[][] figures(CalibrationFile f, SweepPlan plan, Path runs) throws IOException {
        int n = plan.pointCount();
        List<Target> targets = f.targets();
        double[][] sum = new double[n][targets.size()];
        int[] count = new int[n];
        try (BufferedReader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(in.readLine().split(","));
            int pointCol = header.indexOf("point_id");
            int[] col = new int[targets.size()];
            for (int t = 0; t < col.length; t++) col[t] = header.indexOf(targets.get(t).outcome().column);
            for (String line; (line = in.readLine()) != null; ) {
                String[] x = line.split(",", -1);
                int p = Integer.parseInt(x[pointCol]);
                count[p]++;
                for (int t = 0; t < col.length; t++) sum[p][t] += targets.get(t).of(parse(x[col[t]]));
            }
        }
        for (int p = 0; p < n; p++) for (int t = 0; t < targets.size(); t++) sum[p][t] /= count[p];
        return sum;
    }

    /** The baseline with the point estimate put in, run on seeds the draws never used. */
    static List<TargetCheck> check(CalibrationFile f, SweepPlan plan, Map<String, Object> point, int threads, IntConsumer progress) {
        Parameters p = withValues(plan, point);
        long base = Seeds.derive(f.seed(), CHECK_STREAM);
        ReplicationRunner.Replications reps = ReplicationRunner.run(List.of(p), f.checkReplications(), ReplicationRunner.SeedPlan.common(base), threads, progress);
        List<TargetCheck> out = new ArrayList<>();
        for (Target t : f.targets()) out.add(new TargetCheck(t, Interval.of(figures(t, reps.results()[0]))));
        return out;
    }

    /** A target's figure in each of the runs. */
    private static double[] figures(Target t, RunResult[] runs) {
        double[] v = new double[runs.length];
        for (int r = 0; r < v.length; r++) v[r] = t.of(runs[r].summary(t.outcome()));
        return v;
    }

    /** The fit's base parameters (baseline plus the fixed settings) with some free values put in. */
    public static Parameters withValues(SweepPlan plan, Map<String, Object> values) {
        Map<String, Object> flat = new LinkedHashMap<>(plan.base().flatValues());
        flat.putAll(values);
        return ParameterBinder.bind(flat);
    }

    /** Values kept to four significant digits, as the baseline file carries them; whole numbers as they are. */
    static Object rounded(VariedParameter vp, Object v) {
        if (vp.spec().type() == ParameterSchema.Type.INTEGER) return v;
        double x = ((Number) v).doubleValue();
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).doubleValue();
    }

    private static double parse(String s) {
        return switch (s) {
            case "NaN", "" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
