package nl.samenspel.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import nl.samenspel.scenario.ParameterDocs;
import nl.samenspel.scenario.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"Print the parameter table (key, default, unit, allowed range, meaning, source) from scenarios/baseline.yaml,",
            "in Markdown. Sources marked *assumed* have no published figure behind them."})
public final class ParamsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<ScenarioCatalog.Source> base = ScenarioCatalog.scenarios().find("baseline", null);
        if (base.isEmpty()) throw new UserError("no baseline scenario found (scenarios/baseline.yaml)");
        spec.commandLine().getOut().print(ParameterDocs.parse(base.get().text()).markdownTable());
        return ExitCodes.OK;
    }
}
