package nl.samenspel.experiment.bench;

import java.util.Locale;
import java.util.List;
import nl.samenspel.output.Numbers;

/**
 * One line of bench.csv. A resident-week is one resident for one simulated week, warm-up weeks
 * included (the model does the same work in them). For the sweep, resident-weeks per second is
 * the throughput of all threads together and the seconds per run are each run's own time.
 */
public record BenchResult(String name, int residents, int years, int weeksPerRun, int threads, int runs,
                          double medianSecondsPerRun, double residentWeeksPerSecond, double peakHeapMb,
                          double medianCpuSecondsPerRun) {
    public static final String HEADER = "case,residents,years,threads,runs,median_seconds_per_run,resident_weeks_per_second,peak_heap_mb";

    public String csvLine() {
        return String.join(",", name, Integer.toString(residents), Integer.toString(years), Integer.toString(threads), Integer.toString(runs),
                Numbers.format(round(medianSecondsPerRun, 4)), Numbers.format(Math.round(residentWeeksPerSecond)), Numbers.format(Math.round(peakHeapMb)));
    }

    /** Nanoseconds of one thread's time per resident-week. */
    public double nanosPerResidentWeek() {
        return 1e9 * threads / residentWeeksPerSecond;
    }

    /** Nanoseconds of the simulating thread's CPU time per resident-week (NaN for the sweep): what other jobs on the machine inflate least. */
    public double cpuNanosPerResidentWeek() {
        return 1e9 * medianCpuSecondsPerRun / ((double) residents * weeksPerRun);
    }

    public static String csv(List<BenchResult> results) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (BenchResult r : results) s.append(r.csvLine()).append('\n');
        return s.toString();
    }

    /** The table printed on the terminal: the CSV's columns plus runs per minute and CPU time. */
    public static String table(List<BenchResult> results) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-13s %9s %5s %7s %5s %10s %10s %14s %9s %9s%n",
                "case", "residents", "years", "threads", "runs", "s/run", "cpu s/run", "res-weeks/s", "runs/min", "heap MB"));
        for (BenchResult r : results) {
            s.append(String.format(Locale.ROOT, "%-13s %9d %5d %7d %5d %10.3f %10s %14.3g %9.1f %9.0f%n",
                    r.name, r.residents, r.years, r.threads, r.runs, r.medianSecondsPerRun,
                    Double.isNaN(r.medianCpuSecondsPerRun) ? "-" : String.format(Locale.ROOT, "%.3f", r.medianCpuSecondsPerRun),
                    r.residentWeeksPerSecond, runsPerMinute(r), r.peakHeapMb));
        }
        return s.toString();
    }

    /** Whole runs finished per minute of wall-clock time, all threads together. */
    public static double runsPerMinute(BenchResult r) {
        return 60 * r.residentWeeksPerSecond / ((double) r.residents * r.weeksPerRun);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
