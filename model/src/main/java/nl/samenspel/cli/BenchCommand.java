package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Instant;
import java.util.function.Consumer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.samenspel.experiment.bench.Bench;
import nl.samenspel.experiment.bench.BenchPlan;
import nl.samenspel.experiment.bench.BenchReport;
import nl.samenspel.experiment.bench.BenchMarkdown;
import nl.samenspel.experiment.bench.BenchResult;
import nl.samenspel.experiment.bench.BenchTargets;
import nl.samenspel.experiment.bench.CommandLineCases;
import nl.samenspel.experiment.bench.CommandLineRun;
import nl.samenspel.experiment.bench.Machine;
import nl.samenspel.experiment.bench.NetworkBuild;
import nl.samenspel.experiment.bench.Target;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how fast the model runs on this machine and write bench.csv, bench.png and manifest.json.",
            "Cases: district (5,000 residents), district-65k, city (650,000) on one thread, and a sweep of",
            "district runs on all cores; then, each in a fresh JVM as a user types it, a one-year district run",
            "and the city with -Xmx1g on one and two threads (wall, peak RSS, same weekly.csv), then on two",
            "threads with -XX:+UseParallelGC (reported beside the targets: the collector advised for big runs),",
            "and what building the city network allocates. Writes bench.md and targets.csv: every target of",
            "issue 12 with its figure and whether it is met, the machine and its load. Takes about six minutes;",
            "--quick about a minute (its wall times are reported, not judged). Close other work first."})
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

    @Option(names = "--readme", paramLabel = "FILE", description = "Then replace the block between <!-- bench:begin and <!-- bench:end --> in FILE (the README) with bench.md's.")
    Path readme;

    @Option(names = "--from", paramLabel = "DIR", description = "With --readme: take bench.md from this bench folder instead of running.")
    Path from;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter pw = spec.commandLine().getOut();
        if (from != null) {
            if (readme == null) throw new UserError("bench: --from needs --readme FILE (hint: bench --readme README.md --from out/bench)");
            updateReadme(from.resolve(BenchReport.MD), pw);
            return ExitCodes.OK;
        }
        int threads = threadsOption.count();
        BenchPlan plan;
        List<Bench.Case> cases;
        try {
            plan = new BenchPlan(quick, scale, years, sweepRuns, threads);
            cases = plan.cases();
        } catch (IllegalArgumentException | ScenarioException e) {
            throw new UserError("bench: " + e.getMessage());
        }
        if (readme != null && !Files.isRegularFile(readme)) throw new UserError("bench: --readme " + readme + ": no such file");
        Path dir = output.fresh("bench");
        Consumer<String> log = line -> {
            pw.println("bench: " + line);
            pw.flush();
        };
        double loadStart = Machine.loadAverage();
        String started = Instant.now().toString();
        NetworkBuild network;
        CommandLineCases cli;
        List<BenchResult> results;
        Path scratch = Files.createTempDirectory("samenspel-bench");
        try {
            log.accept("network: building the city's resident network");
            network = NetworkBuild.of(plan.city());
            cli = CommandLineCases.run(CommandLineRun.ownJar(), plan, scratch, log);
            results = new Bench(log).run(cases);
        } catch (ScenarioException e) {
            throw new UserError("bench: " + e.getMessage());
        } finally {
            AtomicFiles.deleteTree(scratch);
        }
        List<Target> targets = BenchTargets.of(plan, results, cli, network);
        BenchReport.writeInto(dir, plan, results, Replicating.commandLine(spec),
                new BenchReport.Extras(Machine.here(), loadStart, Machine.loadAverage(), started, targets));
        pw.print(BenchResult.table(results));
        pw.println();
        pw.print(Target.markdown(targets));
        pw.println("wrote " + dir.resolve(BenchReport.MD) + ", " + BenchReport.CSV + ", " + BenchReport.TARGETS + " and " + BenchReport.PNG);
        if (readme != null) updateReadme(dir.resolve(BenchReport.MD), pw);
        pw.flush();
        return ExitCodes.OK;
    }

    private void updateReadme(Path md, PrintWriter pw) throws IOException {
        if (!Files.isRegularFile(md)) throw new UserError("bench: " + md + ": no such file (hint: --from names a folder that bench wrote)");
        if (!Files.isRegularFile(readme)) throw new UserError("bench: --readme " + readme + ": no such file");
        String updated;
        try {
            updated = BenchMarkdown.replaceBlock(Files.readString(readme), Files.readString(md));
        } catch (IllegalArgumentException e) {
            throw new UserError("bench: " + e.getMessage() + " (hint: put the two marker lines where the table goes)");
        }
        AtomicFiles.write(readme, updated);
        pw.println("updated the performance table in " + readme);
    }
}
