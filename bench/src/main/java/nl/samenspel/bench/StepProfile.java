package nl.samenspel.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.samenspel.engine.CareSimulation;
import nl.samenspel.engine.Seeds;
import nl.samenspel.metrics.OutcomeRecorder;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.World;
import nl.samenspel.model.WorldBuilder;
import nl.samenspel.model.mechanism.Mechanism;
import nl.samenspel.model.mechanism.WeeklyCycle;

/**
 * Wall time of each weekly step of one run, as CareSimulation wires them: tells the steps that run
 * per district on the engine's threads from those that still run on one.
 * {@code java -cp benchmarks.jar nl.samenspel.bench.StepProfile city 2}
 */
public final class StepProfile {
    public static void main(String[] args) {
        String scenario = args.length > 0 ? args[0] : "city";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Parameters p = Setups.params(scenario);
        long[] ns = new long[WeeklyCycle.steps().size() + 2];
        for (int run = 1; run <= runs; run++) profile(scenario, p, Seeds.of(run), threads, ns);
    }

    private static void profile(String scenario, Parameters p, Seeds seeds, int threads, long[] ns) {
        long t0 = System.nanoTime();
        World world = WorldBuilder.build(p, p, seeds.behaviour(), seeds.network());
        long built = System.nanoTime() - t0;
        ExecutorService ex = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> { Thread t = new Thread(r); t.setDaemon(true); return t; }) : null;
        if (ex != null) world.runDistrictsOn(ex, threads);
        OutcomeRecorder recorder = new OutcomeRecorder(World.WEEKS_PER_YEAR * p.simulation().years());
        world.useTally(recorder.tally());
        List<Mechanism> steps = WeeklyCycle.steps();
        int last = steps.size() - 1;
        long t1 = System.nanoTime();
        while (world.week < world.totalWeeks()) {
            for (int j = 0; j <= last; j++) {
                long a = System.nanoTime();
                if (j == last) {
                    world.compact();
                    long b = System.nanoTime();
                    ns[steps.size()] += b - a;
                    a = b;
                }
                steps.get(j).step(world);
                ns[j] += System.nanoTime() - a;
            }
            long a = System.nanoTime();
            CareSimulation.closeWeek(world, recorder);
            ns[steps.size() + 1] += System.nanoTime() - a;
        }
        long total = System.nanoTime() - t1;
        if (seeds.behaviour() != 1 && seeds.behaviour() % 100 != 0) {
            if (ex != null) ex.shutdownNow();
            return;
        }
        System.out.printf("%s, %d thread(s): build %.2f s, weeks %.2f s%n", scenario, threads, built / 1e9, total / 1e9);
        for (int j = 0; j < ns.length; j++) {
            String name = j < steps.size() ? steps.get(j).getClass().getSimpleName() : j == steps.size() ? "compact" : "closeWeek";
            System.out.printf("  %-22s %7.2f s  %5.1f %%%n", name, ns[j] / 1e9, 100.0 * ns[j] / total);
        }
        if (ex != null) ex.shutdownNow();
    }
}
