package nl.samenspel.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
    private final WeekTally[] logs;

    /** @param executor the threads to use, or null to run the districts on the caller's thread */
    DistrictTasks(ExecutorService executor, int districts) {
        this.executor = executor;
        this.logs = new WeekTally[districts];
        for (int i = 0; i < districts; i++) logs[i] = WeekTally.log();
    }

    void forEach(World w, Consumer<District> task) {
        List<District> ds = w.districts;
        w.inDistrictTasks(true);
        try {
            if (executor == null || ds.size() < 2) {
                for (District d : ds) run(w, d, task);
            } else {
                List<Future<?>> done = new ArrayList<>(ds.size());
                for (District d : ds) done.add(executor.submit(() -> run(w, d, task)));
                for (Future<?> f : done) await(f);
            }
        } finally {
            w.inDistrictTasks(false);
        }
        w.settleDistrictTasks();
        for (District d : ds) logs[d.id].replayInto(w.weekTally());
    }

    private void run(World w, District d, Consumer<District> task) {
        w.countInto(logs[d.id]);
        try {
            task.accept(d);
        } finally {
            w.countInto(null);
        }
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
