package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.samenspel.experiment.bench.Bench;
import nl.samenspel.experiment.bench.BenchPlan;
import nl.samenspel.experiment.bench.BenchReport;
import nl.samenspel.experiment.bench.BenchResult;
import nl.samenspel.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how fast the model runs on this machine and write bench.csv, bench.png and manifest.json.",
            "Cases: district (5,000 residents), district-50k, city (650,000) on one thread, and a sweep of",
            "district runs on all cores. Reports resident-weeks per second, seconds per run, runs per minute",
            "and peak heap. Takes a few minutes (the city is run three times for ten years); --quick takes",
            "about a minute. Close other work first: timings depend on what else runs."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    OutputFolderOption output;

    @Option(names = "--quick", description = "Fewer runs; the city for one year instead of ten; a sweep of 100 runs.")
    boolean quick;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1", description = "Multiply every case's residents by F (default: ${DEFAULT-VALUE}), e.g. 0.1 on a small machine.")
    double scale;

    @Option(names = "--years", paramLabel = "N", description = "Reported years of every run (default: 10; the city 1 with --quick).")
    Integer years;

    @Option(names = "--sweep-runs", paramLabel = "N", description = "Runs in the sweep case (default: 1000; 100 with --quick).")
    Integer sweepRuns;

    @Mixin
    ThreadsOption threadsOption;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int threads = threadsOption.count();
        int t = threads;
        BenchPlan plan;
        List<Bench.Case> cases;
        try {
            plan = new BenchPlan(quick, scale, years, sweepRuns, t);
            cases = plan.cases();
        } catch (IllegalArgumentException | ScenarioException e) {
            throw new UserError("bench: " + e.getMessage());
        }
        Path dir = output.fresh("bench");
        PrintWriter pw = spec.commandLine().getOut();
        List<BenchResult> results = new Bench(line -> {
            pw.println("bench: " + line);
            pw.flush();
        }).run(cases);
        BenchReport.writeInto(dir, plan, results, Replicating.commandLine(spec));
        pw.print(BenchResult.table(results));
        pw.println("wrote " + dir.resolve(BenchReport.CSV) + " and " + BenchReport.PNG);
        pw.flush();
        return ExitCodes.OK;
    }
}
