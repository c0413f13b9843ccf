package nl.samenspel.engine;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.World;

/** Runs one replication headless, from the first warm-up week to the end of the horizon. */
public final class Simulation {
    private Simulation() {}

    public static RunResult run(Parameters p, Seeds seeds) {
        return run(p, seeds, week -> {});
    }

    /** @param weekDone called after each week with the number of weeks done, for progress bars */
    public static RunResult run(Parameters p, Seeds seeds, IntConsumer weekDone) {
        return run(p, seeds, weekDone, world -> {});
    }

    /** @param atStart sees the world as built, before the first week, e.g. to measure the network drawn */
    public static RunResult run(Parameters p, Seeds seeds, IntConsumer weekDone, Consumer<World> atStart) {
        return run(p, p, seeds, weekDone, atStart);
    }

    /**
     * A run of scenario {@code p} that follows {@code reference} until the scenario's lever start
     * week (issue 10 item 6), so that it equals the reference's run on the same seed until then.
     */
    public static RunResult run(Parameters p, Parameters reference, Seeds seeds, IntConsumer weekDone) {
        return run(p, reference, seeds, weekDone, world -> {});
    }

    public static RunResult run(Parameters p, Parameters reference, Seeds seeds, IntConsumer weekDone, Consumer<World> atStart) {
        return run(p, reference, seeds, 1, weekDone, atStart);
    }

    /** @param threads threads for the districts of each weekly step; the result does not depend on it */
    public static RunResult run(Parameters p, Parameters reference, Seeds seeds, int threads, IntConsumer weekDone) {
        return run(p, reference, seeds, threads, weekDone, world -> {});
    }

    public static RunResult run(Parameters p, Parameters reference, Seeds seeds, int threads, IntConsumer weekDone, Consumer<World> atStart) {
        CareSimulation sim = new CareSimulation(p, reference, seeds, threads);
        try {
            sim.start();
            atStart.accept(sim.world());
            int total = sim.totalWeeks();
            for (int w = 1; w <= total; w++) {
                sim.schedule.step(sim);
                weekDone.accept(w);
            }
        } finally {
            sim.finish();
        }
        return sim.result();
    }
}
