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
 * The folder is created only once the estimate is accepted; the pilot's runs are kept.
 */
public final class Sweep {
    /** How to run: threads, --weekly, the shard (null: all runs). */
    public record Options(int threads, boolean weekly, Shard shard) {}

    /** The pilot's estimate for what is left. */
    public record Estimate(int pilotRuns, double secondsPerRun, int runsLeft, int threads, double seconds, long bytes) {}

    /** Hears about the sweep; {@link #accept} may throw to refuse (nothing is written then). */
    public interface Listener {
        void accept(Estimate e);

        void progress(int done, int of);
    }

    /** What happened: runs in the plan (or shard), done before, done now, and the merge (null for a shard). */
    public record Report(int total, int owned, int doneBefore, int ranNow, Estimate estimate, Merge.Result merge) {}

    /** Below this many runs per thread, a pilot costs more than it tells. */
    static final int PILOT_MIN_RUNS_PER_THREAD = 4;

    private Sweep() {}

    public static Report run(SweepPlan plan, SweepFolder folder, Options o, Map<String, Object> manifestExtras, Listener listener) throws IOException {
        Map<String, Object> descriptor = SweepFolder.descriptor(plan, o.weekly());
        if (folder.hasDescriptor()) folder.claim(descriptor);
        BitSet done = folder.done(plan.size());
        int owned = 0;
        int left = 0;
        for (int r = 0; r < plan.size(); r++) {
            if (o.shard() != null && !o.shard().owns(r)) continue;
            owned++;
            if (!done.get(r)) left++;
        }
        int[] todo = new int[left];
        for (int r = 0, k = 0; r < plan.size(); r++) if ((o.shard() == null || o.shard().owns(r)) && !done.get(r)) todo[k++] = r;
        SweepRunner runner = new SweepRunner(plan, o.weekly());

        List<SweepRunner.Output> pilot = new ArrayList<>();
        Estimate estimate = null;
        int pilotSize = todo.length > PILOT_MIN_RUNS_PER_THREAD * o.threads() ? Math.max(2, o.threads()) : 0;
        if (pilotSize > 0) {
            runner.run(todo, 0, pilotSize, o.threads(), pilot::add, d -> {});
            estimate = estimate(pilot, todo.length, plan.size(), o.threads());
            listener.accept(estimate);
        }
        folder.claim(descriptor);
        int total = todo.length;
        try (PartWriter part = new PartWriter(folder, SweepFolder.partName(o.shard()), o.weekly())) {
            for (SweepRunner.Output out : pilot) part.accept(out);
            int base = pilot.size();
            listener.progress(base, total);
            runner.run(todo, pilotSize, todo.length, o.threads(), part, d -> listener.progress(base + d, total));
        }
        Merge.Result merged = o.shard() == null ? Merge.merge(folder, manifestExtras) : null;
        return new Report(plan.size(), owned, owned - todo.length, todo.length, estimate, merged);
    }

    static Estimate estimate(List<SweepRunner.Output> pilot, int left, int planSize, int threads) {
        double secs = 0;
        long bytes = 0;
        for (SweepRunner.Output p : pilot) {
            secs += p.seconds();
            bytes += p.row().length + (p.weekly() == null ? 0 : p.weekly().length) + 40;
        }
        double perRun = secs / pilot.size();
        long perRunBytes = bytes / pilot.size();
        // The logs and the merged tables each hold every row once.
        return new Estimate(pilot.size(), perRun, left, threads, perRun * left / threads, 2 * perRunBytes * planSize);
    }
}
