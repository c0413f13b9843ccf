package nl.samenspel.experiment;

import java.util.List;
import nl.samenspel.engine.Seeds;
import nl.samenspel.engine.Simulation;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Parameters;

/**
 * Time and disk of a comparison before it starts, from a pilot: one short run of a scenario,
 * timed after a warm-up run (so the JIT has compiled the model), gives the seconds per resident
 * and simulated week; a run's cost grows with both (MODEL.md section 2: every resident is
 * stepped every week). Disk follows from the tables' row counts.
 */
public final class ComparisonEstimate {
    /** @param seconds wall-clock seconds on {@code threads} threads; {@code bytes} the folder's size */
    public record Estimate(double seconds, long bytes, int runs, int threads) {}

    /** Chart images and the self-contained report, about the same for any comparison. */
    static final long FIXED_BYTES = 3_000_000;
    private final double secondsPerResidentWeek;

    private ComparisonEstimate(double secondsPerResidentWeek) {
        this.secondsPerResidentWeek = secondsPerResidentWeek;
    }

    /** Times a run of {@code shortRun} (say one year of the baseline) twice and keeps the second. */
    public static ComparisonEstimate pilot(Parameters shortRun) {
        Simulation.run(shortRun, Seeds.of(1));
        long t0 = System.nanoTime();
        Simulation.run(shortRun, Seeds.of(2));
        double s = (System.nanoTime() - t0) / 1e9;
        return new ComparisonEstimate(s / ((double) shortRun.population().residents() * weeks(shortRun)));
    }

    private static int weeks(Parameters p) {
        return p.simulation().warmupWeeks() + 52 * p.simulation().years();
    }

    public Estimate of(List<Parameters> scenarios, int replications, int threads) {
        double cpu = 0;
        long bytes = FIXED_BYTES;
        int outcomes = Outcome.values().length;
        for (Parameters p : scenarios) {
            cpu += secondsPerResidentWeek * p.population().residents() * weeks(p) * replications;
            bytes += 52L * p.simulation().years() * outcomes * 60 + (long) replications * (30 + outcomes * 12) + outcomes * 90;
        }
        int runs = scenarios.size() * replications;
        return new Estimate(cpu / Math.max(1, Math.min(threads, runs)), bytes, runs, threads);
    }
}
