package nl.samenspel.experiment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The targets of issue 12, each with the figure this bench measured for it. */
public final class BenchTargets {
    private BenchTargets() {}

    public static List<Target> of(BenchPlan plan, List<BenchResult> results, CommandLineCases cli, NetworkBuild network) {
        boolean full = plan.asTargets();
        boolean rates = plan.scale() == 1; // costs per resident-week hold for shortened runs too, not for other sizes
        String shortened = full ? null : "(" + (plan.quick() ? "--quick" : "shortened") + ": " + plan.cityYears() + " year(s))";
        List<Target> out = new ArrayList<>();
        out.add(Target.atMost("city, 10 years, `run city --threads 2`, `-Xmx1g`, JVM start included", cli.city2().seconds(), 6,
                Target.unit("s", 1), full, cli.city2().why() != null ? cli.city2().why() : shortened));
        out.add(Target.atMost("city, 10 years, `run city --threads 1`, `-Xmx1g`", cli.city1().seconds(), 10,
                Target.unit("s", 1), full, cli.city1().why() != null ? cli.city1().why() : join(cli.city1().note(), shortened)));
        out.add(Target.atMost("city as above with `" + CommandLineCases.PARALLEL_GC + "`, the collector advised for big runs (not the target's command line)",
                cli.cityParallel().seconds(), 6, Target.unit("s", 1), false, cli.cityParallel().why() != null ? cli.cityParallel().why() : join("(reported, not judged)", shortened)));
        out.add(Target.holds("city: `weekly.csv` byte-identical with `--threads 1` and `--threads 2`", cli.cityIdentical(), null, cli.identicalWhy()));
        double n5 = nanos(results, "district"), n65 = nanos(results, "district-65k"), n650 = nanos(results, "city");
        out.add(Target.atMost("cost per resident-week, warm, one thread, 65,000 residents (CPU time of the thread)", n65, 15, Target.unit("ns", 1), rates,
                String.format(Locale.ROOT, "(%.1f ns wall)", wallNanos(results, "district-65k"))));
        double growth = n650 / n5 - 1;
        out.add(Target.atMost("cost per resident-week, 650,000 against 5,000 residents", 100 * growth, 30,
                v -> String.format(Locale.ROOT, "%+.0f %%", v), rates,
                String.format(Locale.ROOT, "(%.1f ns and %.1f ns: ratio %.2f)", n650, n5, n650 / n5)));
        double rss = Math.max(nanToZero(cli.city1().peakRssMb()), nanToZero(cli.city2().peakRssMb()));
        out.add(Target.atMost("city peak RSS with `-Xmx1g` (VmHWM of the child)", rss > 0 ? rss : Double.NaN, 1024, Target.unit("MB", 0), full,
                rss > 0 ? join(cli.city1().note(), shortened) : cli.city1().why()));
        out.add(Target.atMost("building the city network: bytes allocated per byte of the finished compressed arrays", network.ratio(), 2,
                v -> String.format(Locale.ROOT, "%.1fx", v), rates,
                String.format(Locale.ROOT, "(%.0f MB for %.1f MB, %.2f s)", network.allocatedBytes() / 1e6, network.networkBytes() / 1e6, network.seconds())));
        out.add(Target.atMost("one-year district run, `java -jar samenspel.jar run baseline --years 1 -q`", cli.districtYear().seconds(), 0.8,
                Target.unit("s", 2), plan.scale() == 1, cli.districtYear().why() != null ? cli.districtYear().why() : "(median)"));
        BenchResult sweep = find(results, "sweep");
        double sweepSeconds = sweep == null ? Double.NaN : sweep.runs() * (double) sweep.residents() * sweep.weeksPerRun() / sweep.residentWeeksPerSecond();
        out.add(Target.atMost("1,000 district runs, 10 years, on 2 threads", sweepSeconds, 12, Target.unit("s", 1),
                full && sweep != null && sweep.threads() == 2,
                sweep == null ? null : String.format(Locale.ROOT, "(%d runs on %d thread(s))", sweep.runs(), sweep.threads())));
        out.add(Target.elsewhere("the committed calibration on 2 cores", "at most 15 min", "not measured by bench: time `samenspel calibrate`"));
        out.add(Target.elsewhere("step loop against the Mesa implementation of the model", "at least 50x", "not measured by bench: timed outside the project"));
        return out;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** The simulating thread's CPU time per resident-week, else (no CPU clock) the wall clock's. */
    static double nanos(List<BenchResult> results, String name) {
        BenchResult r = find(results, name);
        if (r == null) return Double.NaN;
        double cpu = r.cpuNanosPerResidentWeek();
        return Double.isNaN(cpu) ? r.nanosPerResidentWeek() : cpu;
    }

    static double wallNanos(List<BenchResult> results, String name) {
        BenchResult r = find(results, name);
        return r == null ? Double.NaN : r.nanosPerResidentWeek();
    }

    private static BenchResult find(List<BenchResult> results, String name) {
        for (BenchResult r : results) if (r.name().equals(name)) return r;
        return null;
    }
}
