package nl.samenspel.web.serve;

import java.time.Instant;
import java.util.List;
import nl.samenspel.experiment.ComparisonEstimate;
import nl.samenspel.scenario.ResolvedScenario;

/** One comparison asked for in the browser: waiting, running, or ended (done, failed, cancelled). */
public final class Job {
    public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    final String id;
    final ComparisonRequest request;
    final List<ResolvedScenario> scenarios;
    final ComparisonEstimate.Estimate estimate;
    /** The calibrated ensemble's parameter sets the comparison also runs over (as compare does by default), or null. */
    final nl.samenspel.experiment.Ensemble ensemble;
    final Instant submitted = Instant.now();
    volatile State state = State.QUEUED;
    volatile int done;
    volatile String message = "";
    volatile Instant started;
    volatile Instant finished;
    volatile boolean cancelRequested;
    volatile Thread thread;

    Job(String id, ComparisonRequest request, List<ResolvedScenario> scenarios, ComparisonEstimate.Estimate estimate, nl.samenspel.experiment.Ensemble ensemble) {
        this.ensemble = ensemble;
        this.id = id;
        this.request = request;
        this.scenarios = List.copyOf(scenarios);
        this.estimate = estimate;
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    public int done() {
        return done;
    }

    public int total() {
        return scenarios.size() * request.replications() + (ensemble == null ? 0 : ensemble.size() * scenarios.size() * request.ensembleReplications());
    }

    public ComparisonRequest request() {
        return request;
    }

    public boolean ended() {
        return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
    }
}
