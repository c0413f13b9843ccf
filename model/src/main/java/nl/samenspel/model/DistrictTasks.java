package nl.samenspel.model;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
                new Round(w, ds, task).run(executor, Math.min(threads, ds.size()) - 1);
            }
        } finally {
            w.inDistrictTasks(false);
        }
        w.settleDistrictTasks();
        for (District d : ds) logs[d.id].replayInto(w.weekTally());
    }

    /**
     * One step's districts on the threads. Each thread takes the next district not yet taken, the
     * caller too: no thread waits for its share while another still has districts, and the caller
     * does not sit parked while the helpers work. The caller waits for the districts, not for the
     * helpers: a helper the scheduler wakes late (the machine busy with other work) finds nothing
     * left and returns, instead of holding up every step of the week until it has run.
     */
    private final class Round implements Runnable {
        private final World w;
        private final List<District> ds;
        private final Consumer<District> task;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<Throwable> failed = new AtomicReference<>();

        Round(World w, List<District> ds, Consumer<District> task) {
            this.w = w;
            this.ds = ds;
            this.task = task;
            this.done = new CountDownLatch(ds.size());
        }

        void run(ExecutorService executor, int helpers) {
            for (int k = 0; k < helpers; k++) executor.execute(this);
            run();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while districts were running", e);
            }
            Throwable e = failed.get();
            if (e instanceof RuntimeException re) throw re;
            if (e instanceof Error err) throw err;
            if (e != null) throw new IllegalStateException(e);
        }

        @Override
        public void run() {
            for (int i = next.getAndIncrement(); i < ds.size(); i = next.getAndIncrement()) {
                try {
                    if (failed.get() == null) DistrictTasks.this.run(w, ds.get(i), task);
                } catch (RuntimeException | Error e) {
                    failed.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        }
    }

    private void run(World w, District d, Consumer<District> task) {
        task.accept(d);
    }

    /** District {@code d}'s log, where its task counts ({@link World#tally(District)}). */
    WeekTally log(District d) {
        return logs[d.id];
    }
}
