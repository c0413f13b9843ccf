package nl.samenspel.bench;

import java.util.concurrent.TimeUnit;
import nl.samenspel.model.mechanism.Noticing;
import org.openjdk.jmh.annotations.*;

/**
 * The bystander step alone (step 3, Noticing, which applies BystanderStep to every open light
 * need) for one week of a district of 50,000 residents. Before each measured call the rest of
 * the weekly cycle runs, outside the measurement, so every call sees a realistic week.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 400)
@Measurement(iterations = 400)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class BystanderStepBenchmark {
    private static final int NOTICING = 2; // index of step 3 in WeeklyCycle
    private Setups.SteppedWorld world;

    @Setup(Level.Iteration)
    public void restOfTheWeek() {
        if (world == null || world.weeksLeft() < 2) {
            world = new Setups.SteppedWorld(Setups.params("baseline", "population.residents=50000", "wijkteam.professionals=50",
                    "coordinators.posts=30", "simulation.years=10"), 1);
            world.weeks(52);
        }
        if (!(world.steps.get(NOTICING) instanceof Noticing)) throw new IllegalStateException("step 3 is not Noticing");
        for (int i = NOTICING + 1; i < world.steps.size(); i++) world.steps.get(i).step(world.world);
        for (int i = 0; i < NOTICING; i++) world.steps.get(i).step(world.world);
    }

    @Benchmark
    public int bystanderStep() {
        world.steps.get(NOTICING).step(world.world);
        return world.world.districts.get(0).neighbourHelp.size();
    }
}
