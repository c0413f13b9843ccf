package nl.samenspel.web.serve;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One comparison at a time (each runs on every core), the rest first in, first out. A waiting job
 * knows its place; cancel takes a waiting job out, or interrupts the running one (runs already on
 * a core finish, no new ones start, and nothing is published).
 */
public final class JobQueue implements AutoCloseable {
    /** Runs one job to its end; throws when it fails (the message is shown). */
    @FunctionalInterface
    public interface Runner {
        void run(Job job) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger("samenspel.web");
    private final Deque<Job> waiting = new ArrayDeque<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Runner runner;
    private final Thread worker;
    private volatile boolean closed;

    public JobQueue(Runner runner) {
        this.runner = runner;
        this.worker = new Thread(this::work, "comparisons");
        worker.setDaemon(true);
        worker.start();
    }

    public synchronized void submit(Job job) {
        jobs.put(job.id, job);
        waiting.addLast(job);
        notifyAll();
    }

    public synchronized Optional<Job> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public synchronized List<Job> all() {
        return new ArrayList<>(jobs.values());
    }

    /** 1 for the next job to run, 0 when not waiting. */
    public synchronized int place(Job job) {
        int i = 1;
        for (Job j : waiting) {
            if (j == job) return i;
            i++;
        }
        return 0;
    }

    public synchronized void cancel(String id) {
        Job job = jobs.get(id);
        if (job == null || job.ended()) return;
        job.cancelRequested = true;
        if (waiting.remove(job)) {
            end(job, Job.State.CANCELLED, "");
        } else if (job.thread != null) {
            job.thread.interrupt();
        }
    }

    private static void end(Job job, Job.State state, String message) {
        job.message = message;
        job.finished = Instant.now();
        job.state = state;
    }

    private void work() {
        while (!closed) {
            Job job;
            synchronized (this) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) return;
                job = waiting.removeFirst();
                job.thread = Thread.currentThread();
                job.started = Instant.now();
                job.state = Job.State.RUNNING;
            }
            try {
                runner.run(job);
                end(job, job.cancelRequested ? Job.State.CANCELLED : Job.State.DONE, "");
            } catch (Exception | Error e) {
                if (job.cancelRequested) {
                    end(job, Job.State.CANCELLED, "");
                } else {
                    LOG.error("comparison {} failed: {}", job.id, e.toString());
                    end(job, Job.State.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
                }
            } finally {
                synchronized (this) {
                    job.thread = null;
                }
                Thread.interrupted(); // a cancel that came late must not reach the next job
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            for (Job j : waiting) end(j, Job.State.CANCELLED, "");
            waiting.clear();
            notifyAll();
        }
        worker.interrupt();
    }
}
