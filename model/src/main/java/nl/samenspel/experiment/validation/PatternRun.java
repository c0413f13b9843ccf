package nl.samenspel.experiment.validation;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;

/**
 * How the patterns are run: replications, base seed and threads, and overrides added to every
 * scenario of every pattern (a test switches a mechanism off this way and expects the pattern to
 * fail).
 */
public record PatternRun(int replications, long seed, int threads, List<String> overrides) {

    public PatternRun {
        if (replications < 2) throw new IllegalArgumentException("replications must be at least 2, got " + replications);
        overrides = List.copyOf(overrides);
    }

    /** Compares the arms over {@code years} reported years; the first arm is the reference. */
    public Comparison compare(int years, Arm... arms) {
        List<ResolvedScenario> scenarios = new ArrayList<>();
        for (Arm a : arms) scenarios.add(resolve(a, years));
        return Comparison.run(scenarios, replications, seed, threads, done -> {});
    }

    /** Checks that the overrides resolve, before any pattern runs. */
    public void checkOverrides() throws ScenarioException {
        new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", overrides);
    }

    private ResolvedScenario resolve(Arm arm, int years) {
        List<String> all = new ArrayList<>(arm.overrides());
        all.add("simulation.years=" + years);
        all.addAll(overrides);
        try {
            return new ScenarioResolver(ScenarioCatalog.scenarios()).resolve(arm.scenario(), all);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
