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
import nl.samenspel.experiment.sweep.Merge;
import nl.samenspel.experiment.sweep.ParticleDraws;
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
                + "kill; --shard on SLURM), accepts the draws nearest the bands (ABC rejection) or, with smc: {rounds: R} in FILE, "
                + "draws R more rounds near them (ABC-SMC, each round a sweep of DIR/round-k), and writes the ensemble, the "
                + "posterior (CSV and chart), the point estimate and each target's model value at it (on fresh seeds) beside "
                + "the published band. Exit 0 when every target is inside its band at the point estimate, 1 otherwise."},
        footer = {"", "Examples:",
            "  samenspel calibrate --out docs/calibration                 (the committed fit; about 15 minutes on 2 cores)",
            "  samenspel calibrate --out docs/calibration --write-baseline scenarios/baseline.yaml",
            "  samenspel calibrate my-fit.yaml --out out/fit --resume",
            "  sbatch --array=1-16 experiments/slurm/calibrate.sbatch scenarios/calibration.yaml /scratch/fit   (one array per round)",
            "Files: ensemble.csv, accepted.csv, posterior.csv, posterior.png/.svg, targets.csv, point_estimate.csv, fit.csv, rounds.csv (ABC-SMC), manifest.json."})
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
            description = "Run only shard I of N of the first round not yet done (DIR/draws, then DIR/round-k); alone, reads SLURM_ARRAY_TASK_ID/COUNT. Then: samenspel calibrate FILE --out DIR --resume.")
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
        int rounds = f.rounds() + 1;
        if (sh != null) return shard(f, plan, dir, sh, workers, extras, pw);
        runRound(f, plan, Calibration.drawsFolder(dir), 1, rounds, workers, null, extras);
        try {
            for (SweepPlan next; (next = Calibration.nextRound(f, Calibration.progress(f, plan, dir))) != null; ) {
                int k = ((ParticleDraws) next.experiment().design()).round();
                runRound(f, next, Calibration.roundFolder(dir, k), k, rounds, workers, null, extras);
            }
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
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

    /**
     * One shard of the first round not yet merged: each SLURM array (one per round, each after the
     * one before) runs its round. A task whose part of a round is already done merges that round
     * (under a lock: the array's other tasks try too) and goes on to the next.
     */
    private int shard(CalibrationFile f, SweepPlan plan, Path dir, Shard sh, int workers, Map<String, Object> extras, PrintWriter pw) throws IOException {
        int rounds = f.rounds() + 1;
        SweepPlan current = plan;
        for (int k = 1; current != null; k++) {
            SweepFolder folder = Calibration.roundFolder(dir, k);
            if (!Files.isRegularFile(folder.dir().resolve(SweepFolder.RUNS))) {
                Sweep.Report r = runRound(f, current, folder, k, rounds, workers, sh, extras);
                if (r.ranNow() > 0 || r.doneBefore() < r.owned()) {
                    pw.printf("Shard %s of round %d of %d done into %s. When every shard is done: the next round's array, or samenspel calibrate %s --out %s --resume%n",
                            sh, k, rounds, folder.dir(), file, dir);
                    return ExitCodes.OK;
                }
                if (!mergeOnce(folder, extras)) {
                    pw.printf("Shard %s of round %d is done; the round's other shards are not, so there is nothing to run yet.%n", sh, k);
                    return ExitCodes.OK;
                }
            }
            try {
                current = Calibration.nextRound(f, Calibration.progress(f, plan, dir));
            } catch (ScenarioException e) {
                throw new UserError(e.getMessage());
            }
        }
        pw.printf("Every round of the fit is done in %s: samenspel calibrate %s --out %s --resume%n", dir, file, dir);
        return ExitCodes.OK;
    }

    /** Merges a round whose shards are all done, once, whichever task comes first; false if some are not done. */
    private boolean mergeOnce(SweepFolder folder, Map<String, Object> extras) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(folder.dir().resolve("merge.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock lock = ch.lock()) {
            if (Files.isRegularFile(folder.dir().resolve(SweepFolder.RUNS))) return true;
            return Merge.merge(folder, extras, allowOtherBuild).complete();
        }
    }

    private Sweep.Report runRound(CalibrationFile f, SweepPlan plan, SweepFolder folder, int round, int rounds, int workers, Shard sh,
            Map<String, Object> extras) throws IOException {
        String what = rounds == 1 ? "draws" : "round " + round + " of " + rounds;
        int draws = plan.pointCount();
        Sweep.Report report;
        try (Progress bar = new Progress("calibrate " + f.name() + " " + what + (sh == null ? "" : " shard " + sh), 1, quietOption.on())) {
            report = Sweep.run(plan, folder, new Sweep.Options(workers, false, sh, allowOtherBuild), extras, SweepCommand.listener(bar, e -> {
                String msg = String.format(Locale.ROOT, "Pilot: %.2fs per run once warm; the %d runs left (%d draws x %d replications in %s) need about %s on %d threads.",
                        e.secondsPerRun(), e.runsLeft(), draws, f.replications(), rounds == 1 ? "all" : what, Progress.formatSeconds(e.seconds()), e.threads());
                long later = (long) (rounds - round) * f.roundDraws() * f.replications();
                double all = e.seconds() + later * e.secondsPerRun() / e.threads();
                if (round == 1 && all > SweepCommand.HOUR && !yes) {
                    throw new UserError(msg + (later > 0 ? String.format(Locale.ROOT, " With the later rounds, about %s.", Progress.formatSeconds(all)) : "")
                            + "\nThat is more than an hour: add --yes, or lower draws or replications in " + file + ". Nothing was written.");
                }
                if (!quietOption.on()) spec.commandLine().getErr().println(msg);
            }));
        } catch (SweepFolder.SweepMismatch | RecordLog.Busy e) {
            throw new UserError(e.getMessage());
        }
        if (sh == null && report.merge() != null && !report.merge().complete()) throw new UserError(SweepCommand.missingMessage(folder.dir(), report.merge()));
        return report;
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
        if (fit.file().rounds() > 0) AtomicFiles.write(dir.resolve(FitTables.ROUNDS), FitTables.rounds(fit));
        PosteriorChart.write(FitTables.posteriors(fit), dir, "posterior");
        CalibrationFile f = fit.file();
        new Manifest().put("kind", "calibration").put("command", Replicating.commandLine(spec)).put("calibration_file", f.file())
                .put("calibration_text", f.text()).put("seed", f.seed()).put("draws", f.draws()).put("replications", f.replications())
                .put("method", (f.rounds() == 0 ? "ABC rejection on a Sobol draw from uniform priors (Cranley-Patterson shift from the seed)"
                        : "ABC-SMC (adaptive population Monte Carlo, Lenormand et al. 2013) after a Sobol draw from uniform priors (Cranley-Patterson shift from the seed): "
                        + f.rounds() + " rounds of " + f.roundDraws() + " draws, each keeping the acceptance.at_least nearest; Gaussian kernel with twice the weighted variance, truncated to the priors; weights of Beaumont et al. 2009")
                        + "; common random numbers across draws; distance = root sum of squares of each target's distance outside its band in band half-widths")
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
