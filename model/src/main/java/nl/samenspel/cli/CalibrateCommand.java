package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.samenspel.experiment.calibration.Calibration;
import nl.samenspel.experiment.calibration.CalibrationFile;
import nl.samenspel.experiment.calibration.CalibrationReader;
import nl.samenspel.experiment.calibration.FitTables;
import nl.samenspel.experiment.calibration.Levers;
import nl.samenspel.experiment.sweep.RecordLog;
import nl.samenspel.experiment.sweep.Shard;
import nl.samenspel.experiment.sweep.Sweep;
import nl.samenspel.experiment.sweep.SweepFolder;
import nl.samenspel.experiment.sweep.SweepPlan;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.Manifest;
import nl.samenspel.report.PosteriorChart;
import nl.samenspel.scenario.BaselineUpdater;
import nl.samenspel.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit the free, assumed parameters to published level figures by approximate Bayesian computation.",
            "",
            "Reads FILE (default " + CalibrationReader.DEFAULT + "): the free parameters with their priors, the targets with "
                + "source and band, and the ABC settings. Draws the priors by a Sobol sequence, runs every draw on the baseline "
                + "(never a lever scenario) with common random numbers as a sweep into DIR/draws (all cores; --resume after a "
                + "kill; --shard on SLURM), accepts the draws nearest the bands (ABC rejection), and writes the ensemble, the "
                + "posterior (CSV and chart), the point estimate and each target's model value at it (on fresh seeds) beside "
                + "the published band. Exit 0 when every target is inside its band at the point estimate, 1 otherwise."},
        footer = {"", "Examples:",
            "  samenspel calibrate --out docs/calibration                 (the committed fit; about 15 minutes on 2 cores)",
            "  samenspel calibrate --out docs/calibration --write-baseline scenarios/baseline.yaml",
            "  samenspel calibrate my-fit.yaml --out out/fit --resume",
            "  sbatch --array=1-16 experiments/slurm/calibrate.sbatch scenarios/calibration.yaml /scratch/fit",
            "Files: ensemble.csv, accepted.csv, posterior.csv, posterior.png/.svg, targets.csv, point_estimate.csv, fit.csv, manifest.json."})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Calibration file (default: ${DEFAULT-VALUE}).")
    Path file = Path.of(CalibrationReader.DEFAULT);

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: calibrations/NAME). Must be new or empty, unless --resume or --shard.")
    Path out;

    @Mixin
    ThreadsOption threadsOption;

    @Option(names = "--resume", description = "Finish a fit that was interrupted (or whose shards are all done): run only the missing draws, then fit.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", arity = "0..1", fallbackValue = "slurm",
            description = "Run only shard I of N of the draws into DIR/draws; alone, reads SLURM_ARRAY_TASK_ID/COUNT. Then: samenspel calibrate FILE --out DIR --resume.")
    String shard;

    @Option(names = "--yes", description = "Go ahead even if the pilot says the draws take more than an hour.")
    boolean yes;

    @Option(names = "--allow-other-build", description = "Resume a fit whose draws another build of samenspel started; "
            + "its draws then mix two versions of the model (the same model when the 'model classes' hash in the message agrees), and DIR/draws/manifest.json says so.")
    boolean allowOtherBuild;

    @Option(names = "--write-baseline", paramLabel = "YAML", description = "Also put the point estimate into this scenario file (e.g. scenarios/baseline.yaml), keeping its comments.")
    Path writeBaseline;

    @Mixin
    QuietOption quietOption;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        int workers = threadsOption.count();
        boolean quiet = quietOption.on();
        Shard sh = SweepCommand.parseShard(shard);
        CalibrationFile f = load(file);
        SweepPlan plan;
        try {
            plan = Calibration.plan(f);
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
        Path dir = out != null ? out : Path.of("calibrations", f.name());
        SweepFolder draws = Calibration.drawsFolder(dir);
        if (resume && !draws.hasDescriptor()) throw new UserError(dir + ": nothing to resume (no " + Calibration.DRAWS + "/" + SweepFolder.DESCRIPTOR + " here); run without --resume");
        if (!resume && sh == null) OutputFolders.requireFresh(dir);
        if (!resume && sh != null && Files.exists(draws.runsLog(SweepFolder.partName(sh)))) {
            throw new UserError(draws.runsLog(SweepFolder.partName(sh)) + ": shard " + sh + " has run here before; add --resume to finish it");
        }
        if (writeBaseline != null && !Files.isRegularFile(writeBaseline)) throw new UserError("--write-baseline: " + writeBaseline + " is not a file");
        PrintWriter pw = spec.commandLine().getOut();
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("command", Replicating.commandLine(spec));
        Sweep.Report report;
        try (Progress bar = new Progress("calibrate " + f.name() + " draws" + (sh == null ? "" : " shard " + sh), 1, quiet)) {
            report = Calibration.runDraws(plan, dir, new Sweep.Options(workers, false, sh, allowOtherBuild), extras, new Sweep.Listener() {
                @Override
                public void accept(Sweep.Estimate e) {
                    String msg = String.format(Locale.ROOT, "Pilot: %.2fs per run once warm; the %d runs left (%d draws x %d replications in all) need about %s on %d threads.",
                            e.secondsPerRun(), e.runsLeft(), f.draws(), f.replications(), Progress.formatSeconds(e.seconds()), e.threads());
                    if (e.seconds() > SweepCommand.HOUR && !yes) throw new UserError(msg + "\nThat is more than an hour: add --yes, or lower draws or replications in " + file + ". Nothing was written.");
                    if (!quietOption.on()) spec.commandLine().getErr().println(msg);
                }

                @Override
                public void progress(int done, int of) {
                    bar.total(of);
                    bar.update(done);
                }
            });
        } catch (SweepFolder.SweepMismatch | RecordLog.Busy e) {
            throw new UserError(e.getMessage());
        }
        if (sh != null) {
            pw.printf("Shard %s of the draws done into %s. When every shard is done: samenspel calibrate %s --out %s --resume%n", sh, draws.dir(), file, dir);
            return ExitCodes.OK;
        }
        if (report.merge() != null && !report.merge().complete()) throw new UserError(SweepCommand.missingMessage(draws.dir(), report.merge()));
        Calibration.Fit fit;
        try (Progress bar = new Progress("calibrate " + f.name() + " point estimate", f.checkReplications(), quiet)) {
            fit = Calibration.analyse(f, plan, dir, workers, bar::update);
        }
        if (fit.point().isEmpty()) throw new UserError("no draw came near the targets (every draw has an undefined figure); widen the priors in " + file);
        writeResults(fit, dir, (System.nanoTime() - start) / 1e9);
        print(pw, fit, dir);
        if (writeBaseline != null) {
            String text = Files.readString(writeBaseline, StandardCharsets.UTF_8);
            try {
                AtomicFiles.write(writeBaseline, BaselineUpdater.update(text, fit.point()));
            } catch (IllegalArgumentException e) {
                throw new UserError("--write-baseline " + writeBaseline + ": " + e.getMessage());
            }
            pw.printf("Wrote the point estimate into %s%n", writeBaseline);
        }
        boolean allInside = fit.checks().stream().allMatch(Calibration.TargetCheck::inside);
        return allInside ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    static CalibrationFile load(Path file) {
        try {
            return new CalibrationReader(Levers.keys()).load(file);
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void writeResults(Calibration.Fit fit, Path dir, double seconds) throws IOException {
        AtomicFiles.write(dir.resolve(FitTables.ENSEMBLE), FitTables.ensemble(fit));
        AtomicFiles.write(dir.resolve(FitTables.ACCEPTED), FitTables.accepted(fit));
        AtomicFiles.write(dir.resolve(FitTables.POSTERIOR), FitTables.posterior(fit));
        AtomicFiles.write(dir.resolve(FitTables.TARGETS), FitTables.targets(fit));
        AtomicFiles.write(dir.resolve(FitTables.POINT), FitTables.point(fit));
        AtomicFiles.write(dir.resolve(FitTables.FIT), FitTables.fit(fit));
        AtomicFiles.write(dir.resolve(FitTables.CONFIRMATION), FitTables.confirmation(fit));
        PosteriorChart.write(FitTables.posteriors(fit), dir, "posterior");
        CalibrationFile f = fit.file();
        new Manifest().put("kind", "calibration").put("command", Replicating.commandLine(spec)).put("calibration_file", f.file())
                .put("calibration_text", f.text()).put("seed", f.seed()).put("draws", f.draws()).put("replications", f.replications())
                .put("method", "ABC rejection on a Sobol draw from uniform priors (Cranley-Patterson shift from the seed), common random numbers across draws; "
                        + "distance = root sum of squares of each target's distance outside its band in band half-widths")
                .put("check_seed_rule", "Seeds.derive(Seeds.derive(seed, 0x434845434B), replication), one stream no draw uses")
                .put("base_parameters", fit.plan().base().flatValues())
                .put("wall_seconds", Math.round(seconds)).put("threads", threadsOption.count())
                .writeTo(dir);
    }

    private static void print(PrintWriter pw, Calibration.Fit fit, Path dir) {
        var a = fit.abc();
        pw.printf(Locale.ROOT, "%d draws, %d inside every band; accepted %d (%.1f %%)%s.%n", a.distance().length, a.insideAllBands(), a.accepted().length,
                100 * a.acceptanceRate(), a.raised() ? String.format(Locale.ROOT, ", tolerance raised to %.3g to keep %d", a.effectiveTolerance(), fit.file().atLeast()) : "");
        boolean anyConfirmed = fit.confirmation().confirmed().length > 0;
        pw.printf(Locale.ROOT, "Confirmed on %d runs each on seeds of their own: %d of the %d draws inside every band stay inside; the point estimate is draw %d, %s (confirmation.csv).%n",
                fit.file().checkReplications(), fit.confirmation().confirmed().length, fit.confirmation().candidates().length, a.point(),
                anyConfirmed ? "the confirmed draw surest to stay inside" : "none being confirmed, the candidate nearest to staying inside");
        pw.printf(Locale.ROOT, "%-26s %10s %17s %10s %21s  %s%n", "target", "published", "band", "model", "95% CI", "inside");
        for (Calibration.TargetCheck c : fit.checks()) {
            var t = c.target();
            pw.printf(Locale.ROOT, "%-26s %10.4g %8.4g-%-8.4g %10.4g %10.4g-%-10.4g  %s%n", t.name(), t.published(), t.low(), t.high(),
                    c.model().mean(), c.model().low(), c.model().high(), c.inside() ? "yes" : "NO");
        }
        pw.printf("Wrote %s, %s, %s, %s and posterior.png/.svg to %s%n", FitTables.ENSEMBLE, FitTables.POSTERIOR, FitTables.TARGETS, FitTables.POINT, dir);
    }
}
