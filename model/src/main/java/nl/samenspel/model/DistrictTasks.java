package nl.samenspel.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.samenspel.metrics.WeekTally;

/**
 * Runs one part of a weekly step for every district, on the engine's threads if it gave any, and
 * waits for all of them (a barrier) before the step goes on (issue 12). A task may act on its own
 * district only: its residents, staff, queues and stream ({@link District#random()}); districts
 * share no residents or ties, so tasks cannot meet. What a task counts goes into a log of its own,
 * replayed into the week's tally in district order afterwards: the very additions, in the very
 * order, of running the districts one after another, so results do not depend on the threads.
 */
final class DistrictTasks {
    private final ExecutorService executor;
    /** Threads that take districts, the caller's included. */
    private final int threads;
    private final WeekTally[] logs;

    /**
     * @param executor the helper threads (at least {@code threads - 1}), or null to run the districts on the caller's thread
     * @param threads  threads that take districts, the caller's included
     */
    DistrictTasks(ExecutorService executor, int threads, int districts) {
        this.executor = executor;
        this.threads = executor == null ? 1 : threads;
        this.logs = new WeekTally[districts];
        for (int i = 0; i < districts; i++) logs[i] = WeekTally.log();
    }

    void forEach(World w, Consumer<District> task) {
        List<District> ds = w.districts;
        w.inDistrictTasks(true);
        try {
            if (threads < 2 || ds.size() < 2) {
                for (District d : ds) run(w, d, task);
            } else {
                // Each thread takes the next district not yet taken, the caller too: no thread
                // waits for its share while another still has districts, and the caller does not
                // sit parked while the helpers work.
                AtomicInteger next = new AtomicInteger();
                Runnable take = () -> {
                    for (int i = next.getAndIncrement(); i < ds.size(); i = next.getAndIncrement()) run(w, ds.get(i), task);
                };
                int helpers = Math.min(threads, ds.size()) - 1;
                List<Future<?>> done = new ArrayList<>(helpers);
                for (int k = 0; k < helpers; k++) done.add(executor.submit(take));
                Throwable failed = null;
                try {
                    take.run();
                } catch (RuntimeException | Error e) {
                    failed = e;
                }
                for (Future<?> f : done) await(f);
                if (failed instanceof RuntimeException re) throw re;
                if (failed instanceof Error err) throw err;
            }
        } finally {
            w.inDistrictTasks(false);
        }
        w.settleDistrictTasks();
        for (District d : ds) logs[d.id].replayInto(w.weekTally());
    }

    private void run(World w, District d, Consumer<District> task) {
        task.accept(d);
    }

    /** District {@code d}'s log, where its task counts ({@link World#tally(District)}). */
    WeekTally log(District d) {
        return logs[d.id];
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while districts were running", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
