package nl.samenspel.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.samenspel.experiment.sweep.SweepFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real single-node SLURM (experiments/slurm/test-local-slurm.sh) runs a small calibration's draws
 * as an array job with experiments/slurm/calibrate.sbatch, and its ABC-SMC round as a second array
 * after the first; finished with --resume, every table of the fit (each round's runs too) is
 * byte-identical to the same calibration run in one local process.
 */
@Tag("system")
class SlurmCalibrationTest {
    @TempDir
    Path tmp;

    @Test
    void anArrayJobGivesTheLocalFitsBytes() throws Exception {
        SweepFixtures.requireTools("slurmctld slurmd slurm-client munge", "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/bin/sbatch", "/usr/sbin/munged");
        if (!"root".equals(System.getProperty("user.name"))) {
            String msg = "the SLURM test starts slurmd and must run as root";
            if (SweepFixtures.ci()) org.junit.jupiter.api.Assertions.fail(msg);
            org.junit.jupiter.api.Assumptions.abort("SKIPPED: " + msg);
        }
        Path file = SweepFixtures.write(tmp.resolve("tiny.yaml"), """
                name: tiny
                set: {population.residents: 600}
                years: 1
                seed: 9
                draws: 6
                replications: 2
                check_replications: 2
                acceptance: {tolerance: 0, at_least: 3}
                smc: {rounds: 1, draws: 3}
                free:
                  volunteers.drift: {low: 0.002, high: 0.009}
                targets:
                  attrition_12m: {outcome: volunteer_retention_12m, complement: true, published: 0.34, band_low: 0.25, band_high: 0.4, source: CNCS 2013}
                  hours: {outcome: volunteer_hours_per_week, published: 55, band_low: 50, band_high: 60, source: out of reach (so that the round runs)}
                """);
        Path root = SweepFixtures.root();
        SweepFixtures.Result r = SweepFixtures.run(
                List.of("bash", root.resolve("experiments/slurm/test-local-slurm.sh").toString(), file.toString(), "3"),
                root, Map.of("SAMENSPEL", SweepFixtures.shellCommand("600m"), "SLURM_TEST_TIMEOUT", "300", "SLURM_TEST_KIND", "calibrate",
                        "SLURM_TEST_ROUNDS", "1"), 460);
        assertEquals(0, r.code(), r.out() + r.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(2 arrays\\) is byte-identical to the local one \\((\\d+) accepted sets\\)").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Integer.parseInt(m.group(1)) >= 3, r.out());
    }
}
