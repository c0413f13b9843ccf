package nl.samenspel.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.engine.Seeds;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Parameters;
import nl.samenspel.scenario.ParameterBinder;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioProblem;
import nl.samenspel.scenario.ScenarioResolver;

/**
 * Every run of a sweep: design point x replication (x network realisation). Run ids are
 * {@code point_id * runsPerPoint + replication}. A run's seeds depend only on the experiment's
 * seed and its ids, never on threads, order or shards:
 * behaviour seed = derive(derive(seed, group), replication), where the group is the point itself,
 * or for a Sobol design the Saltelli sample it belongs to (common random numbers, see
 * {@link SobolSaltelli}); network seed = derived from the
 * behaviour seed, or, with {@code network_seeds: k}, the k-th of k shared network realisations
 * (replication / replications), so the same networks recur at every design point.
 */
public final class SweepPlan {
    /** One run of the plan. */
    public record Run(long runId, int pointId, int replication, Seeds seeds) {}

    private static final long NETWORK_SALT = 0x4E4554574F524BL;
    private final ExperimentFile experiment;
    private final ResolvedScenario base;
    private final List<Object[]> points;
    private final long size;

    /**
     * The most runs a sweep may have: at a second a run, months of CPU; and the merge's index
     * (16 bytes a run) and the run list stay well inside a default heap.
     */
    public static final long MAX_RUNS = 10_000_000;

    private SweepPlan(ExperimentFile experiment, ResolvedScenario base, List<Object[]> points, long size) {
        this.experiment = experiment;
        this.base = base;
        this.points = points;
        this.size = size;
    }

    /** Points x runs per point, counted before anything is made; refused (with the count) past {@link #MAX_RUNS}. */
    static long checkedSize(ExperimentFile e) throws ScenarioException {
        long points = e.design().pointCount(e.parameters());
        long size = Design.times(points, e.runsPerPoint());
        if (size > MAX_RUNS) {
            String count = size == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(size);
            throw new ScenarioException(List.of(new ScenarioProblem(e.file(), 1, "design", String.format(java.util.Locale.ROOT,
                    "%s runs (%s points x %d replications%s) is more than a sweep can hold (%d)", count, points == Long.MAX_VALUE ? "too many" : Long.toString(points),
                    e.replications(), e.networkSeeds() > 0 ? " x " + e.networkSeeds() + " network seeds" : "", MAX_RUNS),
                    "make the design smaller (fewer levels, samples or replications), or split it into several experiments")));
        }
        return size;
    }

    /** Resolves the base scenario (with the experiment's fixed settings and years) and lays out the design. */
    public static SweepPlan of(ExperimentFile e) throws ScenarioException {
        long size = checkedSize(e);
        List<String> overrides = new ArrayList<>(e.set());
        if (e.years() != null) overrides.add("simulation.years=" + e.years());
        ResolvedScenario base;
        try {
            base = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve(e.scenario(), overrides);
        } catch (ScenarioException x) {
            // The resolver speaks of the command line; here the names come from the experiment file.
            List<ScenarioProblem> located = new ArrayList<>();
            for (ScenarioProblem p : x.problems()) {
                located.add(p.file().equals("command line") ? new ScenarioProblem(e.file(), e.scenarioLine(), "scenario", "no such scenario '" + p.key() + "'", p.hint()) : p);
            }
            throw new ScenarioException(located);
        }
        return new SweepPlan(e, base, e.design().points(e.parameters(), e.seed()), size);
    }

    public ExperimentFile experiment() {
        return experiment;
    }

    public ResolvedScenario base() {
        return base;
    }

    public int size() {
        return (int) size;
    }

    public int pointCount() {
        return points.size();
    }

    public Object[] point(int pointId) {
        return points.get(pointId);
    }

    public Run run(long runId) {
        if (runId < 0 || runId >= size) throw new IndexOutOfBoundsException("run " + runId + " of " + size);
        long per = experiment.runsPerPoint();
        int point = (int) (runId / per);
        int rep = (int) (runId % per);
        int group = experiment.design().seedGroup(point, experiment.parameters().size());
        long behaviour = Seeds.derive(Seeds.derive(experiment.seed(), group), rep);
        Seeds seeds = experiment.networkSeeds() > 0
                ? new Seeds(behaviour, Seeds.derive(Seeds.mix(experiment.seed() ^ NETWORK_SALT), rep / experiment.replications()))
                : Seeds.of(behaviour);
        return new Run(runId, point, rep, seeds);
    }

    /** The base parameters with the point's values put in. */
    public Parameters parameters(int pointId) {
        Map<String, Object> flat = new LinkedHashMap<>(base.flatValues());
        Object[] values = points.get(pointId);
        for (int i = 0; i < values.length; i++) flat.put(experiment.parameters().get(i).key(), values[i]);
        return ParameterBinder.bind(flat);
    }

    /** The columns of runs.csv. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(List.of("run_id", "point_id", "replication", "seed", "network_seed"));
        for (VariedParameter p : experiment.parameters()) c.add(p.key());
        c.add("mean_degree");
        c.add("clustering");
        for (Outcome o : experiment.outcomes()) c.add(o.column);
        return c;
    }

    /** The columns of weekly.csv. */
    public List<String> weeklyColumns() {
        List<String> c = new ArrayList<>(List.of("run_id", "week"));
        for (Outcome o : experiment.outcomes()) c.add(o.column);
        return c;
    }
}
