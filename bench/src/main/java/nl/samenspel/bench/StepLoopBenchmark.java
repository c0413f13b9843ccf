package nl.samenspel.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/**
 * The weekly step loop alone, in nanoseconds per resident-week (issue 12's "cost per
 * resident-week, warm, one thread"): a year of weeks on a world built and past its warm-up
 * outside the measurement, divided by 52 x residents. At 5,000 residents (the default district)
 * and at 65,000 (staff scaled as in the city, one district), each world lasting ten years.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StepLoopBenchmark {
    /** A world that is stepped a year at a time and rebuilt (unmeasured) when its horizon ends. */
    abstract static class Stepped {
        Setups.SteppedWorld world;
        private long seed;

        abstract String[] settings();

        @Setup(Level.Iteration)
        public void nextYear() {
            if (world == null || world.weeksLeft() < 52) {
                world = new Setups.SteppedWorld(Setups.params("baseline", settings()), ++seed);
                world.weeks(world.world.p.simulation().warmupWeeks());
            }
        }
    }

    @State(Scope.Benchmark)
    public static class District extends Stepped {
        @Override
        String[] settings() {
            return new String[] {"simulation.years=10"};
        }
    }

    @State(Scope.Benchmark)
    public static class District65k extends Stepped {
        @Override
        String[] settings() {
            return new String[] {"simulation.years=10", "population.residents=65000", "wijkteam.professionals=65", "coordinators.posts=39"};
        }
    }

    @Benchmark
    @OperationsPerInvocation(52 * 5_000)
    public int residentWeek5k(District d) {
        d.world.weeks(52);
        return d.world.world.week;
    }

    @Benchmark
    @OperationsPerInvocation(52 * 65_000)
    public int residentWeek65k(District65k d) {
        d.world.weeks(52);
        return d.world.world.week;
    }
}
