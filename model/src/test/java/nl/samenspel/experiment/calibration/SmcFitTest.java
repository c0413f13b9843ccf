package nl.samenspel.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.samenspel.cli.ExitCodes;
import nl.samenspel.experiment.sweep.SweepFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small ABC-SMC fit through `samenspel calibrate` (smc: rounds after the prior draws): each
 * round is a sweep of its own folder; the fit writes rounds.csv and each accepted draw's round and
 * weight, and gives the same bytes on one thread as on two, after a resume, and when every round
 * runs as shards (one array of tasks per round, as on SLURM).
 */
class SmcFitTest {
    @TempDir
    static Path tmp;
    static Path file;
    static Path two;
    static SweepFixtures.Result first;
    static final String[] TABLES = {"ensemble.csv", "accepted.csv", "posterior.csv", "targets.csv", "point_estimate.csv", "fit.csv", "rounds.csv",
        "draws/runs.csv", "round-2/runs.csv", "round-3/runs.csv"};

    @BeforeAll
    static void fitOnce() throws IOException {
        file = SweepFixtures.write(tmp.resolve("rounds.yaml"), """
                name: rounds
                scenario: baseline
                set: {population.residents: 1000}
                years: 1
                seed: 5
                draws: 10
                replications: 2
                check_replications: 3
                acceptance: {tolerance: 0, at_least: 3}
                smc: {rounds: 2, draws: 6}
                free:
                  coordinators.hours: {low: 4, high: 48}
                  volunteers.base_hazard: {low: 0.004, high: 0.016}
                targets:
                  attrition_12m: {outcome: volunteer_retention_12m, complement: true, published: 0.31, band_low: 0.3, band_high: 0.32, source: CNCS 2013 (band narrowed so that rounds run)}
                  volunteers_per_post: {outcome: volunteers_per_coordinator, published: 22.5, band_low: 22, band_high: 23, source: Rehnborg et al. 2009 (band narrowed)}
                  hours: {outcome: volunteer_hours_per_week, published: 55, band_low: 50, band_high: 60, source: out of reach (so that every round runs)}
                """);
        two = tmp.resolve("two");
        first = SweepFixtures.cli("calibrate", file.toString(), "--out", two.toString(), "--threads", "2", "-q");
    }

    @Test
    void everyRoundRunsAndTheFitSaysWhereEachDrawCameFrom() throws IOException {
        assertTrue(first.code() == ExitCodes.OK || first.code() == ExitCodes.CHECK_FAILED, first.out() + first.err());
        for (String t : TABLES) assertTrue(Files.isRegularFile(two.resolve(t)), t + " written");
        List<String> rounds = Files.readAllLines(two.resolve("rounds.csv"));
        assertEquals("round,draws,tolerance,kept,new_nearer_share,inside_all_bands", rounds.get(0));
        assertEquals(4, rounds.size(), "the prior draws and two rounds: " + rounds);
        double before = Double.POSITIVE_INFINITY;
        for (String row : rounds.subList(1, 4)) {
            double tol = Double.parseDouble(row.split(",")[2]);
            assertTrue(tol <= before, "the tolerance never grows: " + rounds);
            before = tol;
        }
        assertEquals(List.of(20, 12, 12), List.of(rows(two.resolve("draws/runs.csv")), rows(two.resolve("round-2/runs.csv")), rows(two.resolve("round-3/runs.csv"))),
                "runs: 10 prior draws, then 6 and 6, 2 replications each");
        List<String> accepted = Files.readAllLines(two.resolve("accepted.csv"));
        assertTrue(accepted.get(0).startsWith("draw,distance,round,weight,"), accepted.get(0));
        double sum = 0;
        for (String row : accepted.subList(1, accepted.size())) {
            String[] f = row.split(",");
            int draw = Integer.parseInt(f[0]), round = Integer.parseInt(f[2]);
            assertEquals(draw < 10 ? 1 : draw < 16 ? 2 : 3, round, "draws are numbered on from round to round: " + row);
            sum += Double.parseDouble(f[3]);
        }
        assertEquals(1, sum, 1e-6, "the accepted draws' weights are normalised");
        assertTrue(Files.readString(two.resolve("fit.csv")).contains("draws_all_rounds,22"), Files.readString(two.resolve("fit.csv")));
    }

    private static int rows(Path csv) throws IOException {
        return Files.readAllLines(csv).size() - 1;
    }

    @Test
    void oneThreadGivesTheSameBytesAndAResumeChangesNothing() throws IOException {
        FitBytes.oneThreadAndAResumeChangeNothing(file, two, first, tmp.resolve("one"), TABLES);
    }

    @Test
    void oneArrayOfShardsPerRoundGivesTheSameFit() throws IOException {
        Path sharded = tmp.resolve("sharded");
        for (int round = 1; round <= 3; round++) {
            for (int i = 1; i <= 2; i++) {
                // As experiments/slurm/calibrate.sbatch does: --resume once the task's part of the prior draws exists.
                List<String> args = new java.util.ArrayList<>(List.of("calibrate", file.toString(), "--out", sharded.toString(), "--shard", i + "/2", "-q"));
                if (round > 1) args.add("--resume");
                SweepFixtures.Result s = SweepFixtures.cli(args.toArray(String[]::new));
                assertEquals(ExitCodes.OK, s.code(), s.out() + s.err());
                assertTrue(s.out().contains("round " + round), "array " + round + " runs round " + round + ": " + s.out());
            }
        }
        assertTrue(!Files.exists(sharded.resolve("ensemble.csv")), "no fit before the last round is merged");
        SweepFixtures.Result fit = SweepFixtures.cli("calibrate", file.toString(), "--out", sharded.toString(), "--resume", "-q");
        assertEquals(first.code(), fit.code(), fit.out() + fit.err());
        FitBytes.same(two, sharded, TABLES, "between shards and one process");
    }
}
