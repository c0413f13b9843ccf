package nl.samenspel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.World;
import nl.samenspel.model.WorldBuilder;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;

/** Small worlds and parameter sets for tests, built from the real baseline.yaml. */
public final class TestWorlds {
    private TestWorlds() {}

    public static ResolvedScenario scenario(String spec, String... overrides) {
        try {
            return new ScenarioResolver(ScenarioCatalog.scenarios()).resolve(spec, Arrays.asList(overrides));
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Parameters params(String spec, String... overrides) {
        return scenario(spec, overrides).parameters();
    }

    /**
     * Baseline overrides for a world small enough to reason about by hand. It keeps the baseline
     * district's staff (5 professionals, 3 posts) rather than scaling them down to 200 residents.
     */
    public static String[] tiny(String... more) {
        List<String> all = new ArrayList<>(List.of("population.residents=200", "population.wijken_per_district=2",
                "simulation.warmup_weeks=0", "simulation.years=1", "wijkteam.professionals=5", "coordinators.posts=3"));
        all.addAll(Arrays.asList(more));
        return all.toArray(new String[0]);
    }

    /** A tiny baseline world after construction, at week 0, with no needs yet. */
    public static World tinyWorld(String... overrides) {
        Parameters p = params("baseline", tiny(overrides));
        return WorldBuilder.build(p, 42, 7);
    }
}
