package nl.samenspel.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioFile;
import nl.samenspel.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the scenarios that can be named, with one line each.")
public final class ScenariosCommand implements Callable<Integer> {
    @Option(names = "--lang", defaultValue = "en", description = "en or nl (default: ${DEFAULT-VALUE}).")
    String lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!lang.equals("en") && !lang.equals("nl")) throw new UserError("--lang: expected en or nl, got '" + lang + "'");
        ScenarioCatalog catalog = ScenarioCatalog.scenarios();
        PrintWriter out = spec.commandLine().getOut();
        for (String name : catalog.names()) {
            Optional<ScenarioCatalog.Source> src;
            try {
                src = catalog.find(name, null);
            } catch (nl.samenspel.scenario.ScenarioException e) {
                out.printf("  %-24s (cannot be read: %s)%n", name, e.problems().get(0).message());
                continue;
            }
            if (src.isEmpty()) continue;
            ScenarioFile f = new ScenarioReader().read(src.get().displayName(), src.get().text(), new java.util.ArrayList<>());
            out.printf("  %-24s %s%n", name, f.description(lang));
        }
        return ExitCodes.OK;
    }
}
