package nl.samenspel.bench;

import java.util.concurrent.TimeUnit;
import nl.samenspel.engine.Seeds;
import nl.samenspel.engine.Simulation;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.Parameters;
import org.openjdk.jmh.annotations.*;

/** One run of the default district: 5,000 residents, one warm-up year and 10 reported years. Target: at most 100 ms. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class DistrictRunBenchmark {
    private Parameters p;

    @Setup
    public void setUp() {
        p = Setups.params("baseline");
    }

    @Benchmark
    public RunResult districtRun() {
        return Simulation.run(p, Seeds.of(1));
    }
}
