package nl.samenspel.engine;

import java.util.List;
import nl.samenspel.metrics.OutcomeRecorder;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.World;
import nl.samenspel.model.WorldBuilder;
import nl.samenspel.model.mechanism.Mechanism;
import nl.samenspel.model.mechanism.WeeklyCycle;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON adapter: a {@link SimState} whose schedule runs the steps of {@link WeeklyCycle}
 * once a week, each at its own ordering so MASON keeps MODEL.md's order. Behaviour is drawn from
 * streams derived from the behaviour seed, one per district ({@link nl.samenspel.model.Streams});
 * MASON's own {@code random} is not used. The network is drawn from its own seed.
 * A GUI wraps this class; it never knows whether one is attached.
 */
public class CareSimulation extends SimState {
    private static final long serialVersionUID = 1L;
    private final Parameters parameters;
    /** The reference the run follows until the scenario's lever start week (issue 10 item 6). */
    private final Parameters reference;
    private final Seeds seeds;
    /** Threads for the districts of one week's steps; results do not depend on it. */
    private final int threads;
    private transient java.util.concurrent.ExecutorService executor;
    private transient World world;
    private transient OutcomeRecorder recorder;

    public CareSimulation(Parameters parameters, Seeds seeds) {
        this(parameters, parameters, seeds);
    }

    /** A run of {@code parameters} that follows {@code reference} until its lever start week. */
    public CareSimulation(Parameters parameters, Parameters reference, Seeds seeds) {
        this(parameters, reference, seeds, 1);
    }

    /**
     * @param threads how many threads run the districts of a weekly step at once (issue 12); 1 runs
     *                them one after another. The results are the same bytes whatever the number.
     */
    public CareSimulation(Parameters parameters, Parameters reference, Seeds seeds, int threads) {
        super(seeds.behaviour());
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.parameters = parameters;
        this.reference = reference;
        this.seeds = seeds;
        this.threads = threads;
    }

    @Override
    public void start() {
        super.start();
        world = WorldBuilder.build(parameters, reference, seeds.behaviour(), seeds.network());
        int workers = Math.min(threads, world.districts.size());
        if (workers > 1) {
            // The caller's thread takes districts too (DistrictTasks): workers - 1 helpers.
            executor = java.util.concurrent.Executors.newFixedThreadPool(workers - 1, r -> {
                Thread t = new Thread(r, "samenspel-district");
                t.setDaemon(true); // a window closed without finish() leaves nothing running
                return t;
            });
            world.runDistrictsOn(executor, workers);
        }
        recorder = new OutcomeRecorder(World.WEEKS_PER_YEAR * parameters.simulation().years());
        world.useTally(recorder.tally());
        List<Mechanism> steps = WeeklyCycle.steps();
        int last = steps.size() - 1; // Observation reads the week's end state
        for (int i = 0; i < steps.size(); i++) {
            Mechanism m = steps.get(i);
            if (i == last) schedule.scheduleRepeating(Schedule.EPOCH, 2 * i - 1, (Steppable) state -> world.compact(), 1.0);
            schedule.scheduleRepeating(Schedule.EPOCH, 2 * i, (Steppable) state -> m.step(world), 1.0);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, 2 * steps.size(), (Steppable) state -> closeWeek(world, recorder), 1.0);
    }

    @Override
    public void finish() {
        super.finish();
        if (executor != null) executor.shutdownNow();
        executor = null;
    }

    /** The engine's bookkeeping after the weekly steps: the week's tally is kept (or dropped in warm-up), the next week begins. */
    public static void closeWeek(World world, OutcomeRecorder recorder) {
        recorder.endWeek(world.isReported());
        world.advanceWeek();
    }

    public World world() {
        return world;
    }

    public Parameters parameters() {
        return parameters;
    }

    public Seeds seeds() {
        return seeds;
    }

    public int totalWeeks() {
        return parameters.simulation().warmupWeeks() + World.WEEKS_PER_YEAR * parameters.simulation().years();
    }

    public boolean done() {
        return world != null && world.week >= totalWeeks();
    }

    public RunResult result() {
        return recorder.result(parameters.simulation().leverStartWeek());
    }
}
