package nl.samenspel.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import nl.samenspel.engine.Seeds;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.Parameters;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;
import nl.samenspel.scenario.Setting;

/**
 * A comparison rerun over each parameter set of the ensemble: set j's values replace the
 * baseline's in every scenario (a value the scenario itself changes stays the scenario's), and
 * R replications of every scenario in set j share their seeds (common random numbers), so each
 * set gives its own paired differences. {@code results[set][scenario][replication]}.
 */
public record EnsembleRuns(Ensemble ensemble, int replications, RunResult[][][] results) {

    public static EnsembleRuns run(List<ResolvedScenario> scenarios, Ensemble e, int replications, long seed, int threads, IntConsumer progress) {
        int k = scenarios.size();
        List<Parameters> arms = new ArrayList<>();
        for (int j = 0; j < e.size(); j++) for (ResolvedScenario s : scenarios) arms.add(withSet(s, e.sets().get(j), e.source() + " row " + (j + 2)));
        // Each set draws its own chance, shared by its scenarios; apart from the comparison's own seeds.
        long base = Seeds.derive(seed, 2_000_000L);
        ReplicationRunner.SeedPlan plan = (arm, rep) -> Seeds.derive(Seeds.derive(base, arm / k), rep);
        ReplicationRunner.Replications runs = ReplicationRunner.run(arms, replications, plan, threads, progress);
        RunResult[][][] out = new RunResult[e.size()][k][];
        for (int j = 0; j < e.size(); j++) for (int s = 0; s < k; s++) out[j][s] = runs.results()[j * k + s];
        return new EnsembleRuns(e, replications, out);
    }

    static Parameters withSet(ResolvedScenario s, Map<String, Object> set, String where) {
        Map<String, Object> flat = new LinkedHashMap<>(s.flatValues());
        java.util.Set<String> own = new java.util.HashSet<>();
        for (Setting ch : s.changes()) own.add(ch.key());
        set.forEach((key, v) -> {
            if (!own.contains(key)) flat.put(key, v);
        });
        try {
            return ScenarioResolver.fromValues(s.name(), where, flat).parameters();
        } catch (ScenarioException ex) {
            throw new IllegalArgumentException(ex.getMessage(), ex);
        }
    }

    public int sets() {
        return results.length;
    }
}
