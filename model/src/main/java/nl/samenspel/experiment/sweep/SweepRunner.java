package nl.samenspel.experiment.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import nl.samenspel.engine.Simulation;
import nl.samenspel.metrics.RunResult;

/**
 * Runs a list of a plan's runs on a pool of threads. Workers take the next run id from a shared
 * counter and hand each finished run to a sink at once, so nothing accumulates in memory.
 */
public final class SweepRunner {
    /** A finished run: its row of runs.csv and, with --weekly, its block of weekly.csv. */
    public record Output(long runId, byte[] row, byte[] weekly, double seconds) {}

    /** Takes finished runs; called from worker threads, one at a time. */
    public interface Sink {
        void accept(Output o) throws IOException;
    }

    private final SweepPlan plan;
    private final boolean weekly;

    public SweepRunner(SweepPlan plan, boolean weekly) {
        this.plan = plan;
        this.weekly = weekly;
    }

    public Output execute(long runId) {
        long t0 = System.nanoTime();
        SweepPlan.Run run = plan.run(runId);
        NetworkStats[] net = new NetworkStats[1];
        RunResult r = Simulation.run(plan.parameters(run.pointId()), run.seeds(), w -> {}, world -> net[0] = NetworkStats.of(world));
        return new Output(runId, RunRows.row(plan, run, net[0], r), weekly ? RunRows.weekly(plan, run, r) : null, (System.nanoTime() - t0) / 1e9);
    }

    /** Runs {@code ids[from..to)} on {@code threads} threads; {@code done} gets the count finished so far. */
    public void run(int[] ids, int from, int to, int threads, Sink sink, IntConsumer done) throws IOException {
        if (from >= to) return;
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger finished = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, to - from)), r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        List<Future<Void>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads && t < to - from; t++) {
                futures.add(pool.submit(() -> {
                    for (int i; !failed.get() && (i = next.getAndIncrement()) < to; ) {
                        try {
                            Output o = execute(ids[i]);
                            synchronized (sink) {
                                sink.accept(o);
                            }
                            done.accept(finished.incrementAndGet());
                        } catch (IOException | RuntimeException | Error e) {
                            failed.set(true);
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IOException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
