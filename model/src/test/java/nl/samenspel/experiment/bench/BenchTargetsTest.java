package nl.samenspel.experiment.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.experiment.bench.CommandLineCases.Measured;
import nl.samenspel.experiment.bench.Target.Verdict;
import org.junit.jupiter.api.Test;

/** Each target of issue 12 gets its figure from the right measurement, and its verdict. */
class BenchTargetsTest {
    private static BenchResult single(String name, int residents, double nanos) {
        int weeks = 52 + 520;
        double seconds = residents * (double) weeks * nanos / 1e9;
        // wall twice the CPU time, as on a busy machine: the CPU time is judged
        return new BenchResult(name, residents, 10, weeks, 1, 3, 2 * seconds, 1e9 / nanos / 2, 100, seconds);
    }

    private static final List<BenchResult> RESULTS = List.of(single("district", 5_000, 10), single("district-65k", 65_000, 16),
            single("city", 650_000, 12.5),
            // 1,000 runs of 5,000 residents x 572 weeks at 2.6e8 resident-weeks a second: 11 s
            new BenchResult("sweep", 5_000, 10, 572, 2, 1000, 0.02, 1000.0 * 5000 * 572 / 11.0, 90, Double.NaN));

    private static Target named(List<Target> targets, String start) {
        return targets.stream().filter(t -> t.name().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void fullRunsAreJudgedOnTheirFigures() {
        BenchPlan plan = new BenchPlan(false, 1, null, null, 2);
        CommandLineCases cli = new CommandLineCases(new Measured(0.7, 90, null), new Measured(10.5, 700, null), new Measured(5.5, 1100, null), true, null, new Measured(4.5, 900, null));
        List<Target> t = BenchTargets.of(plan, RESULTS, cli, new NetworkBuild(30_000_000, 20_000_000, 0.5));
        assertEquals(Verdict.MET, named(t, "city, 10 years, `run city --threads 2`").verdict());
        assertEquals(Verdict.NOT_MET, named(t, "city, 10 years, `run city --threads 1`").verdict());
        assertEquals(Verdict.MET, named(t, "city: `weekly.csv` byte-identical").verdict());
        assertEquals(Verdict.NOT_MET, named(t, "cost per resident-week, warm, one thread, 65,000").verdict(), "16 ns against 15");
        Target growth = named(t, "cost per resident-week, 650,000");
        assertEquals(Verdict.MET, growth.verdict(), "12.5 against 10 ns is +25 %");
        assertTrue(growth.figure().startsWith("+25 %"), growth.figure());
        assertEquals(Verdict.NOT_MET, named(t, "city peak RSS").verdict(), "the larger of the two runs, 1,100 MB");
        assertTrue(named(t, "city peak RSS").figure().startsWith("1100 MB"));
        assertEquals(Verdict.MET, named(t, "building the city network").verdict(), "1.5x");
        assertEquals(Verdict.MET, named(t, "one-year district run").verdict());
        Target sweep = named(t, "1,000 district runs");
        assertEquals(Verdict.MET, sweep.verdict());
        assertTrue(sweep.figure().startsWith("11.0 s"), sweep.figure());
        assertEquals(Verdict.NOT_MEASURED, named(t, "the committed calibration").verdict());
        assertEquals(Verdict.NOT_MEASURED, named(t, "step loop against the Mesa").verdict());
        Target parallel = named(t, "city as above with `-XX:+UseParallelGC`");
        assertEquals(Verdict.NOT_JUDGED, parallel.verdict(), "advice beside the targets, never a verdict on one");
        assertTrue(parallel.figure().startsWith("4.5 s (reported, not judged)"), parallel.figure());
        assertEquals(12, t.size());
    }

    @Test
    void quickRunsReportWallTimesWithoutJudgingThem() {
        BenchPlan plan = new BenchPlan(true, 1, null, null, 2);
        CommandLineCases cli = new CommandLineCases(new Measured(0.7, 90, null), new Measured(1.5, 500, null), new Measured(1.2, 500, null), true, null, new Measured(1.0, 500, null));
        List<Target> t = BenchTargets.of(plan, RESULTS, cli, new NetworkBuild(30_000_000, 20_000_000, 0.5));
        assertEquals(Verdict.NOT_JUDGED, named(t, "city, 10 years, `run city --threads 2`").verdict());
        assertTrue(named(t, "city, 10 years, `run city --threads 2`").figure().contains("--quick: 1 year"));
        assertEquals(Verdict.NOT_JUDGED, named(t, "1,000 district runs").verdict());
        assertEquals(Verdict.MET, named(t, "one-year district run").verdict(), "a one-year run is the same with --quick");
        assertEquals(Verdict.NOT_MET, named(t, "cost per resident-week, warm, one thread, 65,000").verdict(), "rates are judged");
    }

    @Test
    void aRunWithoutThreadsIsNotMeasurable() {
        BenchPlan plan = new BenchPlan(false, 1, null, null, 2);
        Measured none = Measured.none("not measurable: this build's run has no --threads");
        CommandLineCases cli = new CommandLineCases(new Measured(0.9, 90, null), none, none, null, "not measurable: no run on one thread", none);
        List<Target> t = BenchTargets.of(plan, RESULTS, cli, new NetworkBuild(600_000_000, 20_000_000, 0.5));
        Target two = named(t, "city, 10 years, `run city --threads 2`");
        assertEquals(Verdict.NOT_MEASURED, two.verdict());
        assertEquals("not measurable: this build's run has no --threads", two.figure());
        assertEquals(Verdict.NOT_MEASURED, named(t, "city: `weekly.csv`").verdict());
        assertEquals(Verdict.NOT_MEASURED, named(t, "city peak RSS").verdict());
        assertEquals(Verdict.NOT_MET, named(t, "one-year district run").verdict());
        assertEquals(Verdict.NOT_MET, named(t, "building the city network").verdict(), "30x");
    }

    @Test
    void aBuildWithoutThreadsStillGivesTheOneThreadFigureWithItsNote() {
        BenchPlan plan = new BenchPlan(false, 1, null, null, 2);
        Measured plain = new Measured(18.5, 840, null, CommandLineCases.WITHOUT_THREADS);
        CommandLineCases cli = new CommandLineCases(new Measured(0.9, 90, null), plain, Measured.none(CommandLineCases.NO_THREADS), null,
                "not measurable: no run with --threads 1", Measured.none("not measured: no run with --threads 2"));
        List<Target> t = BenchTargets.of(plan, RESULTS, cli, new NetworkBuild(30_000_000, 20_000_000, 0.5));
        Target one = named(t, "city, 10 years, `run city --threads 1`");
        assertEquals(Verdict.NOT_MET, one.verdict(), "18.5 s against 10");
        assertEquals("18.5 s " + CommandLineCases.WITHOUT_THREADS, one.figure());
        assertEquals(Verdict.MET, named(t, "city peak RSS").verdict(), "840 MB from the run without --threads");
        assertEquals(Verdict.NOT_MEASURED, named(t, "city, 10 years, `run city --threads 2`").verdict());
        assertEquals(Verdict.NOT_MEASURED, named(t, "city: `weekly.csv`").verdict());
    }

    @Test
    void aRefusedThreadsOptionIsToldFromAFailure() {
        assertEquals("not measurable: this build's run has no --threads",
                CommandLineCases.refusal(new CommandLineRun(2, 0.3, 50, "Unknown option: '--threads'\nUsage: ...")));
        assertEquals("failed (exit 3): samenspel: internal error", CommandLineCases.refusal(new CommandLineRun(3, 0.3, 50, "samenspel: internal error\n")));
    }
}
