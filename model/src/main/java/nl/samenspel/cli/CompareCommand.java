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
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.samenspel.experiment.Ensemble;
import nl.samenspel.experiment.EnsembleRuns;
import nl.samenspel.output.BuildInfo;
import nl.samenspel.report.CheckedPatterns;
import nl.samenspel.report.ComparisonFolder;
import nl.samenspel.report.ReportMeta;
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
            "Each comparison also runs over the plausible parameter sets of the calibrated ensemble (--ensemble N sets x "
                + "--ensemble-replications R), so that every finding says in how many sets it holds.",
            "",
            "Writes report.html (one self-contained page that opens offline), report.pdf (A4), summary.csv, replications.csv, "
                + "weekly_means.csv, charts/ (PNG and SVG) and manifest.json into --out, all at once when complete. See docs/compare.md."},
        footer = {"", "Examples:",
            "  samenspel compare baseline no-coordinators --years 2",
            "  samenspel compare baseline walk-in-access --lang en --municipality Schiedam --author \"Team Sociaal Domein\"",
            "  samenspel compare baseline yearly-funding --ensemble 0      (chance only, no parameter sets)"})
public final class CompareCommand implements Callable<Integer> {
    static final int DEFAULT_ENSEMBLE = 50;
    static final int DEFAULT_ENSEMBLE_REPLICATIONS = 3;

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

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "", description = "Title of the report (default: a title naming the comparison).")
    String title;

    @Option(names = "--municipality", paramLabel = "NAME", defaultValue = "", description = "Municipality the report is for, shown under the title.")
    String municipality;

    @Option(names = "--author", paramLabel = "NAME", defaultValue = "", description = "Author or organisation, shown under the title.")
    String author;

    @Option(names = "--ensemble", paramLabel = "N", defaultValue = "" + DEFAULT_ENSEMBLE,
            description = "Parameter sets of the calibrated ensemble to rerun the comparison over; 0 for none (default: ${DEFAULT-VALUE}).")
    int ensemble;

    @Option(names = "--ensemble-replications", paramLabel = "R", defaultValue = "" + DEFAULT_ENSEMBLE_REPLICATIONS,
            description = "Replications of each scenario in each parameter set, at least 2 (default: ${DEFAULT-VALUE}).")
    int ensembleReplications;
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
        if (scenarios.size() < 2) {
            throw new UserError("compare needs at least two scenarios, the reference first (e.g. compare " + scenarios.get(0)
                    + " no-coordinators); to run one scenario, use: samenspel run " + scenarios.get(0));
        }
        if (ensemble < 0) throw new UserError("--ensemble: expected 0 or more parameter sets, got " + ensemble);
        if (ensemble > 0 && ensembleReplications < 2) throw new UserError("--ensemble-replications: expected at least 2, got " + ensembleReplications);
        List<ResolvedScenario> resolved = resolveAll();
        String problem = Comparison.incomparable(resolved);
        if (problem != null) throw new UserError(problem);
        Ensemble sets = null;
        if (ensemble > 0) {
            Ensemble bundled = Ensemble.bundled();
            if (bundled != null) sets = bundled.first(ensemble);
            else if (!quiet) spec.commandLine().getErr().println("note: this build bundles no calibrated ensemble (docs/calibration/ensemble.csv); the report covers chance only");
        }
        Path dir = output.fresh("compare-seed" + seed);

        Instant started = Instant.now();
        Comparison c;
        EnsembleRuns ens = null;
        long total = (long) resolved.size() * replications + (sets == null ? 0 : (long) sets.size() * resolved.size() * ensembleReplications);
        try (Progress bar = new Progress("compare", total, quiet)) {
            c = Comparison.run(resolved, replications, seed, workers, bar::update);
            if (sets != null) {
                long done = (long) resolved.size() * replications;
                ens = EnsembleRuns.run(resolved, sets, ensembleReplications, seed, workers, n -> bar.update(done + n));
            }
        }
        List<String> command = Replicating.commandLine(spec);
        ReportMeta meta = new ReportMeta(title, municipality, author, LocalDate.ofInstant(started, ZoneOffset.UTC), BuildInfo.version(), BuildInfo.gitCommit(),
                String.join(" ", command));
        try {
            ComparisonFolder.publish(dir, c, language, new ComparisonFolder.Extras(meta, ens, CheckedPatterns.bundled()), command, started);
        } catch (IOException e) {
            throw new UserError(dir + ": cannot write the report (" + e.getMessage() + "); nothing was left behind");
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "%d scenarios x %d replications, %d year%s%s: wrote %s and %s%n", resolved.size(), replications, c.years(), c.years() == 1 ? "" : "s",
                ens == null ? "" : String.format(Locale.ROOT, ", over %d parameter sets x %d", ens.sets(), ens.replications()),
                dir.resolve(ComparisonFolder.REPORT), ComparisonFolder.PDF);
        pw.printf(Locale.ROOT, "  tables: %s, %s, %s%n", ComparisonTables.SUMMARY, ComparisonTables.REPLICATIONS, ComparisonTables.WEEKLY_MEANS);
        for (String line : KeyFindings.of(c, language, ens)) pw.printf("  %s%n", line);
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
