package nl.samenspel.experiment.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The targets a user meets at the command line, measured as she types them, each in a fresh JVM:
 * a one-year district run (plain {@code java -jar}, no JVM flags) and the city with
 * {@code -Xmx1g} on one and on two threads, with the child's peak RSS and whether both thread
 * counts wrote the same weekly.csv. And, beside the targets, the city on two threads with the
 * parallel collector the README advises for big runs ({@code cityParallel}).
 */
public record CommandLineCases(Measured districtYear, Measured city1, Measured city2, Boolean cityIdentical, String identicalWhy, Measured cityParallel) {
    /** The collector the README advises for the city and long sweeps: G1's refinement threads compete for the cores. */
    public static final String PARALLEL_GC = "-XX:+UseParallelGC";

    /** A figure, or why there is none; {@code note} qualifies a figure. */
    public record Measured(double seconds, double peakRssMb, String why, String note) {
        public Measured(double seconds, double peakRssMb, String why) {
            this(seconds, peakRssMb, why, null);
        }

        static Measured none(String why) {
            return new Measured(Double.NaN, Double.NaN, why);
        }
    }

    /** What the one-thread figure says when the build's run has no --threads: a run without it, which is one thread. */
    static final String WITHOUT_THREADS = "(run without --threads, which this build's run does not have)";

    public static CommandLineCases run(Path jar, BenchPlan plan, Path scratch, Consumer<String> log) throws IOException, InterruptedException {
        if (jar == null) {
            Measured none = Measured.none("not measurable: bench is not running from samenspel.jar");
            return new CommandLineCases(none, none, none, null, none.why(), none);
        }
        int runs = plan.quick() ? 3 : 5;
        log.accept(String.format(Locale.ROOT, "command line: run baseline --years 1 -q, %d times", runs));
        double[] wall = new double[runs];
        double rss = 0;
        for (int i = 0; i < runs; i++) {
            CommandLineRun r = CommandLineRun.of(jar, List.of(), withScale(plan, List.of("run", "baseline", "--years", "1", "-q", "--out",
                    scratch.resolve("district-" + i).toString()), false), scratch);
            if (!r.ok()) return failedAll("run baseline", r);
            wall[i] = r.seconds();
            rss = Math.max(rss, r.peakRssMb());
        }
        Measured district = new Measured(Bench.median(wall), rss, null);
        Measured[] city = new Measured[3];
        for (int threads = 1; threads <= 2; threads++) {
            CommandLineRun r = city(jar, plan, scratch, log, List.of(), threads, "city-" + threads);
            city[threads] = r.ok() ? new Measured(r.seconds(), r.peakRssMb(), null) : Measured.none(refusal(r));
        }
        if (city[1].why() != null && city[1].why().equals(NO_THREADS)) {
            // A build before --threads runs the city on one thread anyway: its wall and peak RSS still count.
            CommandLineRun r = city(jar, plan, scratch, log, List.of(), 0, "city-plain");
            if (r.ok()) city[1] = new Measured(r.seconds(), r.peakRssMb(), null, WITHOUT_THREADS);
        }
        Boolean same = null;
        String why = "not measurable: " + (city[1].why() != null || city[1].note() != null ? "no run with --threads 1" : "no run with --threads 2");
        if (city[1].why() == null && city[1].note() == null && city[2].why() == null) {
            same = Arrays.equals(Files.readAllBytes(scratch.resolve("city-1/weekly.csv")), Files.readAllBytes(scratch.resolve("city-2/weekly.csv")));
            why = null;
        }
        Measured parallel = Measured.none("not measured: no run with --threads 2");
        if (city[2].why() == null) {
            CommandLineRun r = city(jar, plan, scratch, log, List.of(PARALLEL_GC), 2, "city-parallel-gc");
            parallel = r.ok() ? new Measured(r.seconds(), r.peakRssMb(), null) : Measured.none(refusal(r));
        }
        return new CommandLineCases(district, city[1], city[2], same, why, parallel);
    }

    /** {@code java -Xmx1g FLAGS -jar samenspel.jar run city} in a fresh JVM, with {@code --threads} unless it is 0, into scratch/DIR. */
    private static CommandLineRun city(Path jar, BenchPlan plan, Path scratch, Consumer<String> log, List<String> flags, int threads, String dir)
            throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
        jvm.addAll(flags);
        List<String> args = new ArrayList<>(List.of("run", "city", "--years", Integer.toString(plan.cityYears())));
        if (threads > 0) args.addAll(List.of("--threads", Integer.toString(threads)));
        args.addAll(List.of("-q", "--out", scratch.resolve(dir).toString()));
        log.accept("command line: java " + String.join(" ", jvm) + " -jar samenspel.jar " + String.join(" ", args.subList(0, args.size() - 3))
                + (threads > 0 ? "" : " (no --threads in this build)"));
        return CommandLineRun.of(jar, jvm, withScale(plan, args, true), scratch);
    }

    static final String NO_THREADS = "not measurable: this build's run has no --threads";

    private static CommandLineCases failedAll(String what, CommandLineRun r) {
        Measured none = Measured.none(what + " failed (exit " + r.exit() + "): " + firstLine(r.err()));
        return new CommandLineCases(none, none, none, null, none.why(), none);
    }

    /** A build whose {@code run} has no {@code --threads} yet refuses it as bad input. */
    static String refusal(CommandLineRun r) {
        if (r.exit() == 2 && r.err().contains("--threads")) return NO_THREADS;
        return "failed (exit " + r.exit() + "): " + firstLine(r.err());
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /** With --scale, the same residents (and staff) as the in-process cases. */
    private static List<String> withScale(BenchPlan plan, List<String> args, boolean city) {
        if (plan.scale() == 1) return args;
        List<String> out = new ArrayList<>(args);
        for (String set : city ? plan.citySettings() : plan.districtSettings(5_000)) {
            if (set.startsWith("simulation.years=")) continue;
            out.add("--set");
            out.add(set);
        }
        return out;
    }
}
