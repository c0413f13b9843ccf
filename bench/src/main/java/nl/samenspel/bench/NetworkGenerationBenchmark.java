package nl.samenspel.bench;

import java.util.concurrent.TimeUnit;
import nl.samenspel.model.network.ResidentNetwork;
import nl.samenspel.model.network.ResidentNetworkGenerator;
import org.openjdk.jmh.annotations.*;

/** The resident network of a district (5,000) and of the city (650,000 in 14 districts of 3 wijken), from the baseline's settings. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class NetworkGenerationBenchmark {
    @Param({"5000", "650000"})
    public int residents;

    private ResidentNetworkGenerator generator;
    private int[] wijkStart;
    private int[] districtOfWijk;

    @Setup
    public void setUp() {
        var pop = Setups.params("baseline").population();
        generator = new ResidentNetworkGenerator(pop.meanDegree(), pop.rewiring(), pop.crossWijkShare());
        int districts = residents >= 650_000 ? 14 : 1;
        int wijken = districts * 3;
        wijkStart = new int[wijken + 1];
        districtOfWijk = new int[wijken];
        for (int w = 0; w <= wijken; w++) wijkStart[w] = (int) ((long) residents * w / wijken);
        for (int w = 0; w < wijken; w++) districtOfWijk[w] = w / 3;
    }

    @Benchmark
    public ResidentNetwork generate() {
        return generator.generate(wijkStart, districtOfWijk, 7);
    }
}
