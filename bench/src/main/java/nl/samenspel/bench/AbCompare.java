package nl.samenspel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Which of two builds runs the model faster, on a machine whose speed drifts by tens of percent
 * from minute to minute (a shared cloud host): both builds' jars are loaded in one JVM, each by
 * its own class loader, and batches of runs alternate between them, so that a drift hits both
 * alike; the answer is the ratio of thread CPU time per pair of adjacent batches. A build against
 * itself gives a median ratio within about 2 % of 1, and separate JVMs of one build differ by up
 * to 5 % (the JIT's inlining differs between JVMs), so smaller differences are not read as gains.
 * <pre>
 * java -cp bench/target/benchmarks.jar nl.samenspel.bench.AbCompare OLD.jar NEW.jar [BATCHES [SCENARIO [KEY=VALUE...]]]
 * </pre>
 * with OLD.jar and NEW.jar two builds of {@code model/target/samenspel.jar}.
 */
public final class AbCompare {
    private static final int RUNS_PER_BATCH = 3;

    private AbCompare() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: AbCompare OLD.jar NEW.jar [BATCHES [SCENARIO [KEY=VALUE...]]]");
            System.exit(2);
        }
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String scenario = args.length > 3 ? args[3] : "baseline";
        List<String> set = args.length > 4 ? Arrays.asList(args).subList(4, args.length) : List.of();
        for (int i = 0; i < 2; i++) {
            if (!Files.isRegularFile(Path.of(args[i]))) {
                System.err.println("AbCompare: no such jar: " + args[i] + " (build one with: mvn -q -B -DskipTests package, then copy model/target/samenspel.jar)");
                System.exit(2);
            }
        }
        Runnable[] build = {runs(Path.of(args[0]), scenario, set), runs(Path.of(args[1]), scenario, set)};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < Integer.getInteger("warmup", 15); i++) {
            build[0].run();
            build[1].run();
        }
        double[][] ms = new double[2][batches];
        for (int b = 0; b < batches; b++) {
            for (int k = 0; k < 2; k++) {
                int v = b % 2 == 0 ? k : 1 - k; // the order alternates too
                long start = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < RUNS_PER_BATCH; i++) build[v].run();
                ms[v][b] = (mx.getCurrentThreadCpuTime() - start) / (RUNS_PER_BATCH * 1e6);
            }
        }
        double[] ratio = new double[batches];
        for (int b = 0; b < batches; b++) ratio[b] = ms[1][b] / ms[0][b];
        Arrays.sort(ratio);
        System.out.printf("%s %s: NEW/OLD CPU time per run, median of %d batch pairs %.3f (quartiles %.3f to %.3f); OLD median %.1f ms, NEW %.1f ms%n",
                scenario, set, batches, ratio[batches / 2], ratio[batches / 4], ratio[3 * batches / 4], median(ms[0]), median(ms[1]));
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** One run of the scenario (seed 1) with the model of this jar, through its public API. */
    private static Runnable runs(Path jar, String scenario, List<String> set) throws Exception {
        ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> catalog = cl.loadClass("nl.samenspel.scenario.ScenarioCatalog");
        Class<?> resolver = cl.loadClass("nl.samenspel.scenario.ScenarioResolver");
        Object resolved = resolver.getMethod("resolve", String.class, List.class)
                .invoke(resolver.getConstructor(catalog).newInstance(catalog.getMethod("scenarios").invoke(null)), scenario, set);
        Object p = resolved.getClass().getMethod("parameters").invoke(resolved);
        Class<?> seeds = cl.loadClass("nl.samenspel.engine.Seeds");
        Object seed = seeds.getMethod("of", long.class).invoke(null, 1L);
        Method run = cl.loadClass("nl.samenspel.engine.Simulation").getMethod("run", cl.loadClass("nl.samenspel.model.Parameters"), seeds);
        return () -> {
            try {
                run.invoke(null, p, seed);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
