package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.samenspel.engine.Seeds;
import nl.samenspel.experiment.RunJob;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.output.Numbers;
import nl.samenspel.scenario.ResolvedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one replication of a scenario and write weekly.csv, summary.csv and manifest.json.",
            "SCENARIO is a name from scenarios/ (e.g. baseline), a stack (yearly-funding+tender-churn),",
            "or the path of your own YAML file, which may name shipped scenarios in its 'bases'."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario name, stack a+b, or file.")
    String scenario;

    @Mixin
    SeedOption seedOption;

    @Option(names = "--network-seed", paramLabel = "N", description = "Network seed (default: derived from --seed).")
    Long networkSeed;

    @Mixin
    OutputFolderOption output;

    @Mixin
    QuietOption quietOption;

    @Mixin
    ScenarioOptions options;

    @Mixin
    ThreadsOption threadsOption;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long seed = seedOption.value();
        boolean quiet = quietOption.on();
        ResolvedScenario s = options.resolve(scenario);
        Seeds seeds = networkSeed == null ? Seeds.of(seed) : new Seeds(seed, networkSeed);
        int threads = threadsOption.count(); // refused before any folder is made
        Path dir = output.fresh(scenario + "-seed" + seed);
        int weeks = s.parameters().simulation().warmupWeeks() + 52 * s.parameters().simulation().years();
        RunResult r;
        try (Progress bar = new Progress("run " + scenario, weeks, quiet)) {
            r = RunJob.runInto(dir, s, seeds, threads, Replicating.commandLine(spec), w -> bar.update(w));
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "%s, seed %d, %d years: wrote %s%n", scenario, seed, s.parameters().simulation().years(), dir);
        for (Outcome o : Outcome.HEADLINE) pw.printf(Locale.ROOT, "  %-26s %12s%n", o.column, Numbers.format(round(r.summary(o))));
        return ExitCodes.OK;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 1000) / 1000.0;
    }
}
