package nl.samenspel.cli;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;
import picocli.CommandLine.Option;

/** Options shared by every command that resolves scenarios: --set and --years. */
public final class ScenarioOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a parameter, e.g. --set coordinators.posts=0 (repeatable). Keys as in scenarios/baseline.yaml.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--years", paramLabel = "N", description = "Reported years (default: the scenario's simulation.years).")
    Integer years;

    /** Resolves a scenario name, stack or file with these options; bad input becomes a {@link UserError}. */
    public ResolvedScenario resolve(String spec) {
        if (System.getProperty(Main.INJECT_BUG) != null) throw new IllegalStateException("bug injected by -D" + Main.INJECT_BUG + " (tests only)");
        List<String> all = new ArrayList<>(overrides);
        if (years != null) all.add("simulation.years=" + years);
        try {
            ResolvedScenario r = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve(spec, all);
            Failures.expectResidents(r.parameters().population().residents());
            return r;
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
    }
}
