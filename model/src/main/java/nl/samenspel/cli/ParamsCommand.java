package nl.samenspel.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import nl.samenspel.scenario.ParameterDocs;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.metrics.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"Print the parameter table in Markdown (or with --outcomes the outcome table).",
            "Key, default, unit, allowed range, meaning and source of every parameter of scenarios/baseline.yaml;",
            "sources marked *assumed* have no published figure behind them."})
public final class ParamsCommand implements Callable<Integer> {
    @Option(names = "--outcomes", description = "Print the outcome table (column, kind, definition) instead.")
    boolean outcomes;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The outcome table of docs/model.md, in Markdown. */
    public static String outcomeTable() {
        StringBuilder s = new StringBuilder("| column | kind | definition |\n|---|---|---|\n");
        for (Outcome o : Outcome.values()) {
            s.append("| `").append(o.column).append("` | ").append(o.kind.name().toLowerCase(java.util.Locale.ROOT)).append(" | ").append(o.description).append(" |\n");
        }
        return s.toString();
    }

    @Override
    public Integer call() throws nl.samenspel.scenario.ScenarioException {
        if (outcomes) {
            spec.commandLine().getOut().print(outcomeTable());
            return ExitCodes.OK;
        }
        Optional<ScenarioCatalog.Source> base = ScenarioCatalog.scenarios().find("baseline", null);
        if (base.isEmpty()) throw new UserError("no baseline scenario found (scenarios/baseline.yaml)");
        spec.commandLine().getOut().print(ParameterDocs.parse(base.get().text()).markdownTable());
        return ExitCodes.OK;
    }
}
