package nl.samenspel.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real single-node SLURM (started by experiments/slurm/test-local-slurm.sh) runs the small
 * sweep as an array job of three shards; merged, its runs.csv is byte-identical to a local sweep.
 */
@org.junit.jupiter.api.Tag("system")
class SlurmSweepTest {
    @Test
    void anArrayJobMergesToTheLocalSweepsBytes() throws Exception {
        SweepFixtures.requireTools("slurmctld slurmd slurm-client munge", "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/bin/sbatch", "/usr/sbin/munged");
        if (!"root".equals(System.getProperty("user.name"))) {
            String msg = "the SLURM test starts slurmd and must run as root";
            if (SweepFixtures.ci()) org.junit.jupiter.api.Assertions.fail(msg);
            org.junit.jupiter.api.Assumptions.abort("SKIPPED: " + msg);
        }
        Path root = SweepFixtures.root();
        SweepFixtures.Result r = SweepFixtures.run(
                List.of("bash", root.resolve("experiments/slurm/test-local-slurm.sh").toString(), SweepFixtures.shipped("small").toString(), "3"),
                root, Map.of("SAMENSPEL", SweepFixtures.shellCommand("600m"), "SLURM_TEST_TIMEOUT", "240"), 400);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("byte-identical to the local sweep (8 runs)"), r.out());
    }
}
