package nl.samenspel.experiment.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A sweep from start to finish: find what is left to do (all of it, or what a killed sweep or
 * another shard has not recorded), run a short pilot to estimate time and disk, let the caller
 * accept the estimate, then run the rest into this process's part and, unless sharded, merge.
 * The folder is created only once the estimate is accepted; the pilot's runs are kept. This
 * process's part is locked before what is left is counted for the last time, so two processes
 * never run the same run (the second is refused with who holds the part).
 */
public final class Sweep {
    /** How to run: threads, --weekly, the shard (null: all runs). */
    public record Options(int threads, boolean weekly, Shard shard, boolean allowOtherBuild) {
        public Options(int threads, boolean weekly, Shard shard) {
            this(threads, weekly, shard, false);
        }
    }

    /** The pilot's estimate for what is left. */
    public record Estimate(int pilotRuns, double secondsPerRun, int runsLeft, int threads, double seconds, long bytes) {}

    /** Hears about the sweep; {@link #accept} may throw to refuse (nothing is written then). */
    public interface Listener {
        void accept(Estimate e);

        void progress(int done, int of);
    }

    /** What happened: runs in the plan (or shard), done before, done now, the merge (null for a shard), and damage found in the logs. */
    public record Report(int total, int owned, int doneBefore, int ranNow, Estimate estimate, Merge.Result merge, List<String> damage) {}

    /** Below this many runs per thread, a pilot costs more than it tells. */
    static final int PILOT_MIN_RUNS_PER_THREAD = 4;
    /** Java compiles the model over the first seconds, on the same two cores: a pilot shorter than this measures that. */
    static final double PILOT_MIN_SECONDS = 12;

    private Sweep() {}

    public static Report run(SweepPlan plan, SweepFolder folder, Options o, Map<String, Object> manifestExtras, Listener listener) throws IOException {
        SweepDescriptor descriptor = SweepDescriptor.of(plan, o.weekly());
        String partName = SweepFolder.partName(o.shard());
        PartWriter part = null;
        try {
            // An existing folder is locked before anything is counted or run: a second process is told at once.
            if (folder.hasDescriptor()) part = open(folder, descriptor, partName, o);
            SweepFolder.Recorded recorded = folder.recorded(plan.size(), partName, part == null ? null : part.runs());
            int[] todo = todo(plan, o, recorded.done());
            int owned = owned(plan, o);
            SweepRunner runner = new SweepRunner(plan, o.weekly());
            List<SweepRunner.Output> pilot = new ArrayList<>();
            Estimate estimate = null;
            if (todo.length > PILOT_MIN_RUNS_PER_THREAD * o.threads()) {
                List<SweepRunner.Output> round = pilotRounds(runner, todo, o.threads(), pilot);
                // The pilot's runs are kept: what is left is what they did not do.
                estimate = estimate(round, pilot, todo.length - pilot.size(), plan.size(), o.threads());
                listener.accept(estimate);
            }
            if (part == null) {
                part = open(folder, descriptor, partName, o);
                // Counted again under the lock: another process may have finished runs meanwhile.
                recorded = folder.recorded(plan.size(), partName, part.runs());
            }
            BitSet done = recorded.done();
            int doneBefore = owned - todo(plan, o, done).length;
            int total = 0;
            for (SweepRunner.Output out : pilot) {
                if (!done.get((int) out.runId())) {
                    part.accept(out);
                    done.set((int) out.runId());
                    total++;
                }
            }
            int[] rest = todo(plan, o, done);
            int base = total;
            int all = total + rest.length;
            listener.progress(base, all);
            runner.run(rest, 0, rest.length, o.threads(), part, d -> listener.progress(base + d, all));
            part.close();
            part = null;
            Merge.Result merged = o.shard() == null ? Merge.merge(folder, manifestExtras, o.allowOtherBuild()) : null;
            return new Report(plan.size(), owned, doneBefore, all, estimate, merged, recorded.damage());
        } catch (IOException | RuntimeException | Error e) {
            // The failure that stopped the sweep (a full disk, say) is what the user must hear; a
            // failure to close after it goes with it, never in its place.
            if (part != null) {
                try {
                    part.close();
                } catch (IOException | RuntimeException c) {
                    e.addSuppressed(c);
                }
            }
            throw e;
        }
    }

    private static PartWriter open(SweepFolder folder, SweepDescriptor descriptor, String partName, Options o) throws IOException {
        folder.claim(descriptor, partName, o.allowOtherBuild());
        return new PartWriter(folder, partName, o.weekly());
    }

    private static int owned(SweepPlan plan, Options o) {
        int n = 0;
        for (int r = 0; r < plan.size(); r++) if (o.shard() == null || o.shard().owns(r)) n++;
        return n;
    }

    /** The runs of this process's share that are not recorded yet, in run order. */
    private static int[] todo(SweepPlan plan, Options o, BitSet done) {
        int left = 0;
        for (int r = 0; r < plan.size(); r++) if ((o.shard() == null || o.shard().owns(r)) && !done.get(r)) left++;
        int[] todo = new int[left];
        for (int r = 0, k = 0; r < plan.size(); r++) if ((o.shard() == null || o.shard().owns(r)) && !done.get(r)) todo[k++] = r;
        return todo;
    }

    /**
     * Runs rounds of one run per thread until the time per run settles (the first runs are slow
     * while Java compiles the model): at least two rounds and {@link #PILOT_MIN_SECONDS}, at most
     * 30 seconds, and never more than a quarter of the work. Returns the last round, which the
     * estimate is based on. Without the minimum time, the committed calibration's pilot settled
     * after a few rounds of runs still being compiled and foretold 24 minutes for what took 5.5;
     * with 12 seconds it foretells 7.5.
     */
    static List<SweepRunner.Output> pilotRounds(SweepRunner runner, int[] todo, int threads, List<SweepRunner.Output> pilot) throws IOException {
        long start = System.nanoTime();
        double previous = Double.POSITIVE_INFINITY;
        List<SweepRunner.Output> round = List.of();
        for (int rounds = 1; ; rounds++) {
            int from = pilot.size();
            List<SweepRunner.Output> r = new ArrayList<>();
            runner.run(todo, from, Math.min(todo.length, from + threads), threads, r::add, d -> {});
            pilot.addAll(r);
            round = r;
            double mean = r.stream().mapToDouble(SweepRunner.Output::seconds).average().orElse(0);
            double elapsed = (System.nanoTime() - start) / 1e9;
            boolean settled = rounds >= 2 && mean > 0.85 * previous && elapsed >= PILOT_MIN_SECONDS;
            previous = mean;
            boolean enough = elapsed > 30 || pilot.size() + threads > todo.length / 4;
            if (settled || enough) return round;
        }
    }

    static Estimate estimate(List<SweepRunner.Output> lastRound, List<SweepRunner.Output> pilot, int left, int planSize, int threads) {
        double perRun = lastRound.stream().mapToDouble(SweepRunner.Output::seconds).average().orElse(0);
        long bytes = 0;
        for (SweepRunner.Output p : pilot) bytes += p.row().length + (p.weekly() == null ? 0 : p.weekly().length) + 40;
        long perRunBytes = bytes / pilot.size();
        // The logs and the merged tables each hold every row once.
        return new Estimate(pilot.size(), perRun, left, threads, perRun * left / threads, 2 * perRunBytes * planSize);
    }
}
