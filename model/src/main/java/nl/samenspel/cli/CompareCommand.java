package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.ComparisonTables;
import nl.samenspel.report.ComparisonFolder;
import nl.samenspel.report.KeyFindings;
import nl.samenspel.report.Language;
import nl.samenspel.scenario.ResolvedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@CommandDefaults.Defaults(replications = "30")
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare scenarios over replications and write a report for policy advisers to hand on.",
            "",
            "The first SCENARIO is the reference. Every scenario runs R replications on all cores with common random numbers "
                + "(replication i of every scenario uses the same seed), so each difference from the reference is paired.",
            "",
            "Writes report.html (one self-contained page that opens offline), summary.csv, replications.csv, weekly_means.csv, "
                + "charts/ (PNG and SVG) and manifest.json into --out, all at once when complete. See docs/compare.md."})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario names, stacks a+b or files; the first is the reference.")
    List<String> scenarios;

    @Mixin
    ReplicationsOption replicationsOption;

    @Mixin
    SeedOption seedOption;

    @Mixin
    OutputFolderOption output;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "Language of the report: nl or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Mixin
    ThreadsOption threadsOption;

    @Mixin
    QuietOption quietOption;

    @Mixin
    ScenarioOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int replications = replicationsOption.replications;
        long seed = seedOption.value();
        Integer threads = threadsOption.count();
        boolean quiet = quietOption.on();
        Replicating.requireReplications(replications);
        Language language = Language.of(lang);
        if (language == null) throw new UserError("--lang: expected nl or en, got '" + lang + "'");
        int workers = threads;
        List<ResolvedScenario> resolved = resolveAll();
        String problem = Comparison.incomparable(resolved);
        if (problem != null) throw new UserError(problem);
        Path dir = output.fresh("compare-seed" + seed);

        Instant started = Instant.now();
        Comparison c;
        try (Progress bar = new Progress("compare", (long) resolved.size() * replications, quiet)) {
            c = Comparison.run(resolved, replications, seed, workers, bar::update);
        }
        try {
            ComparisonFolder.publish(dir, c, language, Replicating.commandLine(spec), started);
        } catch (IOException e) {
            throw new UserError(dir + ": cannot write the report (" + e.getMessage() + "); nothing was left behind");
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "%d scenarios x %d replications, %d year%s: wrote %s%n", resolved.size(), replications, c.years(), c.years() == 1 ? "" : "s", dir.resolve(ComparisonFolder.REPORT));
        pw.printf(Locale.ROOT, "  tables: %s, %s, %s%n", ComparisonTables.SUMMARY, ComparisonTables.REPLICATIONS, ComparisonTables.WEEKLY_MEANS);
        KeyFindings.of(c, language).forEach((title, clear) ->
                pw.printf("  %s: %s%n", title, clear.isEmpty() ? language.text("findings.none") : String.join("; ", clear)));
        return ExitCodes.OK;
    }

    private List<ResolvedScenario> resolveAll() {
        List<ResolvedScenario> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String s : scenarios) {
            if (!seen.add(s)) {
                problems.add(s + ": named twice (each scenario once; the first is the reference)");
                continue;
            }
            try {
                out.add(options.resolve(s));
            } catch (UserError e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new UserError(String.join("\n", problems));
        return out;
    }
}
