package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.samenspel.experiment.sweep.ExperimentFile;
import nl.samenspel.experiment.sweep.ExperimentReader;
import nl.samenspel.experiment.sweep.Merge;
import nl.samenspel.experiment.sweep.RecordLog;
import nl.samenspel.experiment.sweep.Shard;
import nl.samenspel.experiment.sweep.Sweep;
import nl.samenspel.experiment.sweep.SweepFolder;
import nl.samenspel.experiment.sweep.SweepPlan;
import nl.samenspel.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep from an experiment file (experiments/*.yaml).",
            "",
            "Runs every design point and replication on a pool of threads into DIR/runs.csv (one tidy row per run, "
                + "sorted by run_id) and DIR/manifest.json. Finished runs are on disk at once: after a crash or kill, "
                + "--resume finishes what is missing. Before a long sweep a short pilot estimates time and disk; past "
                + "an hour it needs --yes. FILE is a path, or the name of an experiment in experiments/ (e.g. small)."},
        footer = {"", "Examples:",
            "  samenspel sweep experiments/small.yaml --out out/small",
            "  samenspel sweep coordinator-capacity --out out/cc --threads 8 --yes",
            "  samenspel sweep experiments/small.yaml --out out/small --resume",
            "  samenspel sweep sensitivity --out /scratch/sens --shard 3/16 --yes   (then: samenspel merge /scratch/sens)",
            "Inside a SLURM array job, --shard alone reads SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT."})
public final class SweepCommand implements Callable<Integer> {
    static final double HOUR = 3600;

    @Parameters(index = "0", paramLabel = "FILE", description = "Experiment file or name.")
    String file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: sweeps/NAME). Must be new or empty, unless --resume or --shard.")
    Path out;

    @Mixin
    ThreadsOption threadsOption;

    @Option(names = "--yes", description = "Go ahead even if the pilot says the sweep takes more than an hour.")
    boolean yes;

    @Option(names = "--resume", description = "Finish a sweep that was interrupted: run only the runs missing from DIR.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", arity = "0..1", fallbackValue = "slurm",
            description = "Run only shard I of N into its own part of DIR; alone, reads SLURM_ARRAY_TASK_ID/COUNT. Merge after with 'samenspel merge DIR'.")
    String shard;

    @Option(names = "--weekly", description = "Also keep every run's weekly series, in DIR/weekly.csv (run_id,week,<outcomes>).")
    boolean weekly;

    @Mixin
    QuietOption quietOption;

    @Option(names = "--allow-other-build", description = "Resume (or add a shard to) a sweep started by another build of samenspel; "
            + "its runs.csv then mixes two versions of the model, and its manifest says so.")
    boolean allowOtherBuild;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int threads = threadsOption.count();
        boolean quiet = quietOption.on();
        Shard sh = parseShard(shard);
        SweepPlan plan = plan(file);
        Path dir = out != null ? out : Path.of("sweeps", plan.experiment().name());
        SweepFolder folder = new SweepFolder(dir);
        if (resume && !folder.hasDescriptor()) throw new UserError(dir + ": nothing to resume (no " + SweepFolder.DESCRIPTOR + " here); run without --resume");
        // A shard may join a folder that holds this sweep, or one a sibling shard is starting (sweep.json is checked later); anything else must be new or empty.
        if (!resume && (sh == null || !folder.mayBeJoinedByAShard())) OutputFolders.requireFresh(dir, false);
        if (!resume && sh != null && Files.exists(folder.runsLog(SweepFolder.partName(sh)))) {
            throw new UserError(folder.runsLog(SweepFolder.partName(sh)) + ": shard " + sh + " has run here before; add --resume to finish it");
        }
        PrintWriter pw = spec.commandLine().getOut();
        Sweep.Report report;
        String label = "sweep " + plan.experiment().name() + (sh == null ? "" : " shard " + sh);
        try (Progress bar = new Progress(label, 1, quiet)) {
            report = Sweep.run(plan, folder, new Sweep.Options(threads, weekly, sh, allowOtherBuild), manifestExtras(), listener(bar, e -> {
                String msg = String.format(Locale.ROOT, "Pilot: %d runs, %.2fs each once warm; the %d runs left need about %s on %d threads and %s of disk.",
                        e.pilotRuns(), e.secondsPerRun(), e.runsLeft(), Progress.formatSeconds(e.seconds()), e.threads(), bytes(e.bytes()));
                if (e.seconds() > HOUR && !yes) {
                    throw new UserError(msg + "\nThat is more than an hour: add --yes to go ahead, or make the design smaller (fewer samples, levels or replications). Nothing was written.");
                }
                if (!quiet) spec.commandLine().getErr().println(msg);
            }));
        } catch (SweepFolder.SweepMismatch | RecordLog.Busy e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError(writeFailure(dir, e));
        }
        for (String d : report.damage()) spec.commandLine().getErr().println("samenspel: note: " + d + "; its run is done again");
        pw.printf(Locale.ROOT, "%s: %d runs in the plan%s; %d were done already, %d ran now.%n", plan.experiment().name(), report.total(),
                sh == null ? "" : ", " + report.owned() + " in shard " + sh, report.doneBefore(), report.ranNow());
        if (report.merge() != null && !report.merge().complete()) throw new UserError(missingMessage(dir, report.merge()));
        if (sh != null) {
            pw.printf("Shard %s done into %s. When every shard is done: samenspel merge %s%n", sh, folder.runsLog(SweepFolder.partName(sh)), dir);
        } else {
            pw.printf("Wrote %s and %s%s%n", dir.resolve(SweepFolder.RUNS), dir.resolve("manifest.json"), weekly ? " and " + dir.resolve(SweepFolder.WEEKLY) : "");
        }
        return ExitCodes.OK;
    }

    static SweepPlan plan(String file) {
        try {
            ExperimentFile e = new ExperimentReader().load(file);
            return SweepPlan.of(e);
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
    }

    static Shard parseShard(String text) {
        if (text == null) return null;
        try {
            return text.equals("slurm") ? Shard.fromSlurm(System.getenv()) : Shard.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError("--shard: " + e.getMessage());
        }
    }

    private Map<String, Object> manifestExtras() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> c = new ArrayList<>();
        c.add("samenspel");
        c.addAll(spec.commandLine().getParseResult().originalArgs());
        m.put("command", c);
        return m;
    }

    /**
     * A failed write (disk full, quota, a folder that went away): what is kept and what to do.
     * Records are whole or cut at the end of a log, which --resume cuts off; runs.csv is only
     * ever renamed into place when complete.
     */
    static String writeFailure(Path dir, IOException e) {
        String why = e.getMessage() != null && e.getMessage().contains("No space left") ? "the disk is full" : String.valueOf(e.getMessage());
        return dir + ": could not write (" + why + "). The runs recorded so far are kept and no " + SweepFolder.RUNS
                + " was written; make room and finish with 'samenspel sweep FILE --out " + dir + " --resume'.";
    }

    static String bytes(long b) {
        if (b < 1 << 20) return String.format(Locale.ROOT, "%.0f kB", b / 1024.0);
        if (b < 1L << 30) return String.format(Locale.ROOT, "%.1f MB", b / 1048576.0);
        return String.format(Locale.ROOT, "%.1f GB", b / 1073741824.0);
    }

    /** A sweep's listener: the pilot's estimate goes to {@code pilot}, progress to the bar. */
    static Sweep.Listener listener(Progress bar, java.util.function.Consumer<Sweep.Estimate> pilot) {
        return new Sweep.Listener() {
            @Override
            public void accept(Sweep.Estimate e) {
                pilot.accept(e);
            }

            @Override
            public void progress(int done, int of) {
                bar.total(of);
                bar.update(done);
            }
        };
    }

    /** Says which runs are missing when a merge cannot finish. */
    static String missingMessage(Path dir, Merge.Result r) {
        StringBuilder s = new StringBuilder();
        if (!r.missing().isEmpty()) {
            s.append(dir).append(": ").append(r.missing().size()).append(" of ").append(r.total()).append(" runs are missing (run_id ")
                    .append(Merge.ranges(r.missing(), 12)).append(")");
            String shards = shardsOf(r);
            if (!shards.isEmpty()) s.append("; they belong to shard ").append(shards);
            s.append(". Rerun those shards with --resume, or finish locally with 'samenspel sweep FILE --out ").append(dir).append(" --resume'. Nothing was written.");
        }
        if (!r.damage().isEmpty()) {
            if (s.length() > 0) s.append('\n');
            s.append("The logs hold damage, which may be why:");
            for (String d : r.damage().subList(0, Math.min(20, r.damage().size()))) s.append("\n  ").append(d);
            if (r.damage().size() > 20) s.append("\n  and ").append(r.damage().size() - 20).append(" more");
        }
        if (!r.duplicates().isEmpty()) {
            if (s.length() > 0) s.append('\n');
            s.append(dir).append(": runs recorded more than once (run_id ").append(Merge.ranges(r.duplicates(), 12))
                    .append("): two processes ran the same shard, or shards of different counts were mixed. Remove the stray part in ")
                    .append(dir.resolve(SweepFolder.PARTS)).append(". Nothing was written.");
        }
        return s.toString();
    }

    private static String shardsOf(Merge.Result r) {
        int n = 0;
        for (String p : r.parts()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("shard-\\d+-of-(\\d+)").matcher(p);
            if (m.matches()) n = Integer.parseInt(m.group(1));
        }
        if (n == 0) return "";
        java.util.TreeSet<Integer> shards = new java.util.TreeSet<>();
        for (long id : r.missing()) shards.add((int) (id % n) + 1);
        StringBuilder s = new StringBuilder();
        for (int i : shards) s.append(s.length() == 0 ? "" : ", ").append(i).append('/').append(n);
        return s.toString();
    }
}
