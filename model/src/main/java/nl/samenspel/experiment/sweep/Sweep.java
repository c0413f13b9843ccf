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
        if (todo.length > PILOT_MIN_RUNS_PER_THREAD * o.threads()) {
            List<SweepRunner.Output> round = pilotRounds(runner, todo, o.threads(), pilot);
            estimate = estimate(round, pilot, todo.length, plan.size(), o.threads());
            listener.accept(estimate);
        }
        int pilotSize = pilot.size();
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

    /**
     * Runs rounds of one run per thread until the time per run settles (the first runs are slow
     * while Java compiles the model): at least two rounds, at most six or 30 seconds, and never
     * more than a quarter of the work. Returns the last round, which the estimate is based on.
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
            boolean settled = rounds >= 2 && mean > 0.85 * previous;
            previous = mean;
            boolean enough = rounds >= 6 || System.nanoTime() - start > 30e9 || pilot.size() + threads > todo.length / 4;
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
