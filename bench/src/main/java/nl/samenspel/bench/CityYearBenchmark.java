package nl.samenspel.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/**
 * One reported year (52 weeks) of the city scenario, 650,000 residents in 14 districts, on a
 * world built and warmed up outside the measurement. Each measured year continues the same run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class CityYearBenchmark {
    private Setups.SteppedWorld city;

    @Setup(Level.Iteration)
    public void nextYear() {
        if (city == null || city.weeksLeft() < 52) {
            city = new Setups.SteppedWorld(Setups.params("city", "simulation.years=10"), 1);
            city.weeks(city.world.p.simulation().warmupWeeks());
        }
    }

    @Benchmark
    public int cityYear() {
        city.weeks(52);
        return city.world.week;
    }
}
