package nl.samenspel.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import nl.samenspel.experiment.ReplicationRunner.Replications;
import nl.samenspel.experiment.ReplicationRunner.SeedPlan;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.experiment.stats.PairedDifference;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.Parameters;
import nl.samenspel.scenario.ResolvedScenario;

/**
 * Scenarios compared over R replications with common random numbers: replication i of every
 * scenario runs on {@code Seeds.of(Seeds.derive(seed, i))}. The first scenario is the reference;
 * every other scenario's difference from it is paired by replication.
 */
public record Comparison(List<ResolvedScenario> scenarios, long seed, Replications runs) {

    /** Runs the comparison; {@code progress} receives the number of runs finished. */
    public static Comparison run(List<ResolvedScenario> scenarios, int replications, long seed, int threads, IntConsumer progress) {
        String problem = incomparable(scenarios);
        if (problem != null) throw new IllegalArgumentException(problem);
        List<Parameters> arms = new ArrayList<>(), references = new ArrayList<>();
        for (ResolvedScenario s : scenarios) {
            arms.add(s.parameters());
            references.add(s.reference());
        }
        return new Comparison(List.copyOf(scenarios), seed, ReplicationRunner.run(arms, references, replications, SeedPlan.common(seed), threads, progress));
    }

    /** Why these scenarios cannot be compared week by week, or null when they can. */
    public static String incomparable(List<ResolvedScenario> scenarios) {
        if (scenarios.isEmpty()) return "name at least one scenario";
        Parameters.Simulation first = scenarios.get(0).parameters().simulation();
        for (ResolvedScenario s : scenarios) {
            Parameters.Simulation sim = s.parameters().simulation();
            if (sim.years() != first.years() || sim.warmupWeeks() != first.warmupWeeks()) {
                return s.name() + " runs " + sim.years() + " years after " + sim.warmupWeeks() + " warm-up weeks, but " + scenarios.get(0).name()
                        + " runs " + first.years() + " after " + first.warmupWeeks() + " (give --years to compare them on one horizon)";
            }
        }
        return null;
    }

    public ResolvedScenario reference() {
        return scenarios.get(0);
    }

    public int replications() {
        return runs.replications();
    }

    public int years() {
        return reference().parameters().simulation().years();
    }

    public int weeks() {
        return runs.results()[0][0].weeks();
    }

    public RunResult result(int scenario, int replication) {
        return runs.results()[scenario][replication];
    }

    /** The seed replication {@code i} ran on (the same for every scenario). */
    public long replicationSeed(int i) {
        return runs.seeds()[0][i];
    }

    /** One summary value per replication. */
    public double[] summaries(int scenario, Outcome o) {
        RunResult[] rs = runs.results()[scenario];
        double[] v = new double[rs.length];
        for (int i = 0; i < rs.length; i++) v[i] = rs[i].summary(o);
        return v;
    }

    /** Any measure of a run, one value per replication (e.g. a sum over the whole horizon). */
    public double[] perReplication(int scenario, java.util.function.ToDoubleFunction<RunResult> measure) {
        RunResult[] rs = runs.results()[scenario];
        double[] v = new double[rs.length];
        for (int i = 0; i < rs.length; i++) v[i] = measure.applyAsDouble(rs[i]);
        return v;
    }

    public Interval mean(int scenario, Outcome o) {
        return Interval.of(summaries(scenario, o));
    }

    /** The paired difference of a scenario from the reference (scenario 0). */
    public PairedDifference difference(int scenario, Outcome o) {
        return PairedDifference.of(summaries(scenario, o), summaries(0, o));
    }

    /** The difference relative to the reference's mean (e.g. -0.48 for 48 % fewer), or null if that mean is zero. */
    public Interval relativeDifference(int scenario, Outcome o) {
        double ref = mean(0, o).mean();
        return ref == 0 ? null : difference(scenario, o).difference().scaled(1 / ref);
    }

    /** The mean and band over replications of one outcome in one reported week. */
    public Interval weeklyMean(int scenario, int week, Outcome o) {
        return movingMean(scenario, week, o, 1);
    }

    /**
     * The mean and band over replications of each replication's average of the outcome over the
     * {@code window} weeks up to and including {@code week} (fewer at the start; weeks where the
     * outcome is undefined are skipped).
     */
    public Interval movingMean(int scenario, int week, Outcome o, int window) {
        RunResult[] rs = runs.results()[scenario];
        double[] v = new double[rs.length];
        for (int i = 0; i < rs.length; i++) {
            double sum = 0;
            int n = 0;
            for (int w = Math.max(0, week - window + 1); w <= week; w++) {
                double x = rs[i].weekly(w, o);
                if (Double.isNaN(x)) continue;
                sum += x;
                n++;
            }
            v[i] = n == 0 ? Double.NaN : sum / n;
        }
        return Interval.of(v);
    }
}
