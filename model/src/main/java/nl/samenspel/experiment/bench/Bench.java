package nl.samenspel.experiment.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.samenspel.engine.Seeds;
import nl.samenspel.engine.Simulation;
import nl.samenspel.model.Parameters;

/**
 * A self-contained speed report: resident-weeks per second for a district, a district of
 * 50,000 and the city on one thread, and runs per minute for a sweep of district runs on all
 * cores. Each single-thread case does warm-up runs first (the JIT compiles the weekly steps),
 * then reports the median of its timed runs. Peak heap is the sum of the heap pools' peaks
 * during the case (an upper bound of what was live: the collector may wait before it frees).
 */
public final class Bench {
    /** A case: what to run, how often untimed and timed, and on how many threads. */
    public record Case(String name, Parameters parameters, int warmups, int runs, int threads) {}

    private final Consumer<String> log;

    public Bench(Consumer<String> log) {
        this.log = log;
    }

    public List<BenchResult> run(List<Case> cases) throws InterruptedException {
        List<BenchResult> out = new ArrayList<>();
        for (Case c : cases) {
            log.accept(String.format(java.util.Locale.ROOT, "%s: %d residents, %d years, %d+%d runs on %d thread(s)",
                    c.name(), c.parameters().population().residents(), c.parameters().simulation().years(), c.warmups(), c.runs(), c.threads()));
            out.add(c.threads() == 1 ? single(c) : sweep(c));
        }
        return out;
    }

    private BenchResult single(Case c) {
        for (int i = 0; i < c.warmups(); i++) Simulation.run(c.parameters(), Seeds.of(1000 + i));
        resetHeapPeaks();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[c.runs()];
        double[] cpu = new double[c.runs()];
        for (int i = 0; i < c.runs(); i++) {
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            Simulation.run(c.parameters(), Seeds.of(1 + i));
            wall[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        double median = median(wall);
        return result(c, median, residentWeeks(c.parameters()) / median, median(cpu));
    }

    private BenchResult sweep(Case c) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(c.threads());
        try {
            List<Future<Double>> warm = new ArrayList<>();
            for (int i = 0; i < c.warmups(); i++) warm.add(pool.submit(timedRun(c.parameters(), 1000 + i)));
            await(warm);
            resetHeapPeaks();
            long t0 = System.nanoTime();
            List<Future<Double>> runs = new ArrayList<>();
            for (int i = 0; i < c.runs(); i++) runs.add(pool.submit(timedRun(c.parameters(), 1 + i)));
            double[] each = await(runs);
            double total = (System.nanoTime() - t0) / 1e9;
            return result(c, median(each), c.runs() * residentWeeks(c.parameters()) / total, Double.NaN);
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.util.concurrent.Callable<Double> timedRun(Parameters p, long seed) {
        return () -> {
            long t0 = System.nanoTime();
            Simulation.run(p, Seeds.of(seed));
            return (System.nanoTime() - t0) / 1e9;
        };
    }

    private static double[] await(List<Future<Double>> futures) throws InterruptedException {
        double[] out = new double[futures.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = futures.get(i).get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a bench run failed", e.getCause());
            }
        }
        return out;
    }

    private static BenchResult result(Case c, double medianSeconds, double residentWeeksPerSecond, double medianCpu) {
        Parameters p = c.parameters();
        return new BenchResult(c.name(), p.population().residents(), p.simulation().years(), weeks(p), c.threads(), c.runs(),
                medianSeconds, residentWeeksPerSecond, peakHeapMb(), medianCpu);
    }

    static int weeks(Parameters p) {
        return p.simulation().warmupWeeks() + 52 * p.simulation().years();
    }

    static double residentWeeks(Parameters p) {
        return (double) p.population().residents() * weeks(p);
    }

    static double median(double[] values) {
        if (values.length == 0) return Double.NaN;
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static void resetHeapPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes / (1024.0 * 1024.0);
    }
}
