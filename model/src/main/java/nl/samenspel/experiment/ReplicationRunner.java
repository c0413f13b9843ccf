package nl.samenspel.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import nl.samenspel.engine.Seeds;
import nl.samenspel.engine.Simulation;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.Parameters;

/**
 * Runs R replications of several parameter sets on a pool of threads. Each result is stored at
 * its (arm, replication) index and each seed depends only on that index, so the results are the
 * same whatever the number of threads or the order in which runs finish.
 */
public final class ReplicationRunner {
    /** Which seed replication {@code replication} of arm {@code arm} runs on. */
    @FunctionalInterface
    public interface SeedPlan {
        long seed(int arm, int replication);

        /**
         * Common random numbers: replication i of every arm uses the same seed, so arms differ
         * only by what they change and their differences can be paired.
         */
        static SeedPlan common(long base) {
            return (arm, replication) -> Seeds.derive(base, replication);
        }

        /** A different seed for every run: the unpaired design common random numbers improve on. */
        static SeedPlan independent(long base) {
            return (arm, replication) -> Seeds.derive(Seeds.derive(base, 1_000_000L + arm), replication);
        }
    }

    /** The results, {@code results[arm][replication]}, and the seed each ran on. */
    public record Replications(RunResult[][] results, long[][] seeds) {
        public int arms() {
            return results.length;
        }

        public int replications() {
            return results.length == 0 ? 0 : results[0].length;
        }
    }

    private ReplicationRunner() {}

    /**
     * @param progress called with the number of runs finished so far (from worker threads)
     */
    public static Replications run(List<Parameters> arms, int replications, SeedPlan plan, int threads, IntConsumer progress) {
        return run(arms, arms, replications, plan, threads, progress);
    }

    /**
     * @param references per arm, the parameters it follows until its lever start week (the arm itself for none)
     * @param progress called with the number of runs finished so far (from worker threads)
     */
    public static Replications run(List<Parameters> arms, List<Parameters> references, int replications, SeedPlan plan, int threads, IntConsumer progress) {
        if (references.size() != arms.size()) throw new IllegalArgumentException("one reference per arm");
        if (replications < 1) throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        RunResult[][] results = new RunResult[arms.size()][replications];
        long[][] seeds = new long[arms.size()][replications];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            // Replication-major order: the first results of every arm arrive together.
            for (int i = 0; i < replications; i++) {
                for (int a = 0; a < arms.size(); a++) {
                    int arm = a;
                    int rep = i;
                    seeds[arm][rep] = plan.seed(arm, rep);
                    futures.add(pool.submit(() -> {
                        results[arm][rep] = Simulation.run(arms.get(arm), references.get(arm), Seeds.of(seeds[arm][rep]), w -> {});
                        progress.accept(done.incrementAndGet());
                    }));
                }
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
        return new Replications(results, seeds);
    }
}
