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
 * A small-budget fit through `samenspel calibrate` on a town of 1,000 residents: it writes every
 * table with the columns promised, accepts at least at_least draws, and gives the same bytes on
 * one thread as on two and after a resume.
 */
class SmallFitTest {
    @TempDir
    static Path tmp;
    static Path file;
    static Path two;
    static SweepFixtures.Result first;
    static final String[] TABLES = {"ensemble.csv", "accepted.csv", "posterior.csv", "targets.csv", "point_estimate.csv", "fit.csv", "draws/runs.csv", "posterior.png", "posterior.svg"};

    @BeforeAll
    static void fitOnce() throws IOException {
        file = SweepFixtures.write(tmp.resolve("tiny.yaml"), """
                name: tiny
                scenario: baseline
                set: {population.residents: 1000}
                years: 1
                seed: 3
                draws: 12
                replications: 2
                check_replications: 3
                acceptance: {tolerance: 0, at_least: 4}
                free:
                  volunteers.drift: {low: 0.002, high: 0.009}
                  volunteers.base_hazard: {low: 0.004, high: 0.016}
                targets:
                  attrition_12m: {outcome: volunteer_retention_12m, complement: true, published: 0.34, band_low: 0.25, band_high: 0.4, source: CNCS 2013}
                  volunteers_per_post: {outcome: volunteers_per_coordinator, published: 22.5, band_low: 15, band_high: 30, source: Rehnborg et al. 2009}
                """);
        two = tmp.resolve("two");
        first = SweepFixtures.cli("calibrate", file.toString(), "--out", two.toString(), "--threads", "2", "-q");
    }

    @Test
    void writesTheFitWithItsColumns() throws IOException {
        assertTrue(first.code() == ExitCodes.OK || first.code() == ExitCodes.CHECK_FAILED, first.out() + first.err());
        for (String t : TABLES) assertTrue(Files.isRegularFile(two.resolve(t)), t + " written");
        List<String> ensemble = Files.readAllLines(two.resolve("ensemble.csv"));
        assertEquals("volunteers.drift,volunteers.base_hazard", ensemble.get(0), "one column per free parameter");
        assertTrue(ensemble.size() - 1 >= 4, "at least at_least accepted sets: " + ensemble);
        assertEquals(ensemble.size() - 1, ensemble.stream().skip(1).distinct().count(), "distinct sets");
        List<String> targets = Files.readAllLines(two.resolve("targets.csv"));
        assertEquals("target,published,band_low,band_high,model,model_ci_low,model_ci_high,inside", targets.get(0));
        assertEquals(3, targets.size());
        for (String row : targets.subList(1, 3)) {
            String[] f = row.split(",");
            double model = Double.parseDouble(f[4]), lo = Double.parseDouble(f[2]), hi = Double.parseDouble(f[3]);
            assertEquals(String.valueOf(model >= lo && model <= hi), f[7], "inside says whether the model value is in the band: " + row);
            assertTrue(Double.parseDouble(f[5]) <= model && model <= Double.parseDouble(f[6]), "the interval holds the mean: " + row);
        }
        List<String> post = Files.readAllLines(two.resolve("posterior.csv"));
        assertEquals("parameter,prior_low,prior_high,point_estimate,p05,p50,p95", post.get(0));
        for (String row : post.subList(1, post.size())) {
            String[] f = row.split(",");
            double lo = Double.parseDouble(f[1]), hi = Double.parseDouble(f[2]), p05 = Double.parseDouble(f[4]), p95 = Double.parseDouble(f[6]);
            assertTrue(lo <= p05 && p05 <= p95 && p95 <= hi, "the posterior lies inside the prior: " + row);
        }
        assertTrue(Files.readString(two.resolve("fit.csv")).contains("acceptance_rate,"));
        // The point estimate is a draw inside every band that stayed inside on seeds of its own, when any did.
        java.util.Map<String, Double> fit = new java.util.HashMap<>();
        for (String row : Files.readAllLines(two.resolve("fit.csv")).subList(1, Files.readAllLines(two.resolve("fit.csv")).size())) {
            fit.put(row.split(",")[0], Double.parseDouble(row.split(",")[1]));
        }
        assertTrue(fit.get("confirmed_inside_all_bands") <= fit.get("confirmation_candidates"), fit.toString());
        assertEquals(fit.get("inside_all_bands"), fit.get("confirmation_candidates"), "every draw inside every band is a candidate");
        if (fit.get("confirmed_inside_all_bands") > 0) assertEquals(0, fit.get("point_estimate_distance"), "a confirmed draw is inside every band");
        assertTrue(first.out().contains("Confirmed on 3 runs each"), first.out());
        assertTrue(first.out().contains("attrition_12m"), first.out());
    }

    @Test
    void oneThreadGivesTheSameBytesAndAResumeChangesNothing() throws IOException {
        FitBytes.oneThreadAndAResumeChangeNothing(file, two, first, tmp.resolve("one"), TABLES);
    }

    @Test
    void aShardRunsItsShareAndTheResumeFinishesTheFit() throws IOException {
        Path sharded = tmp.resolve("sharded");
        for (int i = 1; i <= 3; i++) {
            SweepFixtures.Result s = SweepFixtures.cli("calibrate", file.toString(), "--out", sharded.toString(), "--shard", i + "/3", "-q");
            assertEquals(ExitCodes.OK, s.code(), s.out() + s.err());
            assertTrue(s.out().contains("--resume"), "says how to finish: " + s.out());
        }
        assertTrue(!Files.exists(sharded.resolve("ensemble.csv")), "no fit before the shards are merged");
        SweepFixtures.Result fit = SweepFixtures.cli("calibrate", file.toString(), "--out", sharded.toString(), "--resume", "-q");
        assertEquals(first.code(), fit.code(), fit.out() + fit.err());
        FitBytes.same(two, sharded, new String[] {"ensemble.csv", "targets.csv", "posterior.csv", "draws/runs.csv"}, "between shards and one process");
    }

    @Test
    void badInputIsExitTwoAndWritesNothing() throws IOException {
        Path bad = SweepFixtures.write(tmp.resolve("bad.yaml"), Files.readString(file).replace("volunteers.drift:", "coordinators.cut_week:"));
        Path out = tmp.resolve("bad-out");
        SweepFixtures.Result r = SweepFixtures.cli("calibrate", bad.toString(), "--out", out.toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("bad.yaml:11") && r.err().contains("coordinators.cut_week"), r.err());
        assertTrue(!Files.exists(out));
    }
}
