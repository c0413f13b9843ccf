package nl.samenspel.cli;

import static nl.samenspel.experiment.sweep.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.experiment.sweep.SweepFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills during a sweep (a small tmpfs, so this needs root): a clean exit 2 that says
 * so, nothing that looks complete, and the folder, moved to a disk with room, resumes to the
 * same bytes as an uninterrupted sweep.
 */
@Tag("system")
class SweepDiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskIsACleanRefusalAndTheSweepResumesElsewhere() throws Exception {
        Path file = SweepFixtures.small(tmp, 300, 2);
        Path ref = tmp.resolve("ref");
        assertEquals(0, cli("sweep", file.toString(), "--out", ref.toString(), "--weekly", "-q").code());
        int full = 0;
        for (int kb : new int[] {12, 16, 24, 32, 48}) {
            Path mount = Files.createDirectories(tmp.resolve("disk-" + kb));
            SweepFixtures.Result m = SweepFixtures.run(List.of("mount", "-t", "tmpfs", "-o", "size=" + kb + "k", "tmpfs", mount.toString()), tmp, Map.of(), 30);
            if (m.code() != 0) {
                if (SweepFixtures.ci()) org.junit.jupiter.api.Assertions.fail("cannot mount a tmpfs on CI: " + m.out());
                Assumptions.abort("SKIPPED: mounting a small tmpfs needs root: " + m.out());
            }
            try {
                Path out = mount.resolve("sweep");
                SweepFixtures.Result r = cli("sweep", file.toString(), "--out", out.toString(), "--weekly", "-q");
                assertFalse((r.out() + r.err()).contains("Exception"), r.err());
                if (r.code() == 0) {
                    assertArrayEquals(Files.readAllBytes(ref.resolve("runs.csv")), Files.readAllBytes(out.resolve("runs.csv")), kb + " kB");
                    continue;
                }
                assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out());
                assertTrue(r.err().contains("the disk is full") && r.err().contains("--resume"), r.err());
                assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
                assertFalse(Files.exists(out.resolve("runs.csv")) || Files.exists(out.resolve("weekly.csv")) || Files.exists(out.resolve("manifest.json")),
                        kb + " kB: nothing that looks complete");
                try (Stream<Path> s = Files.list(Files.exists(out) ? out : mount)) {
                    assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
                }
                full++;
                if (!Files.exists(out)) continue;
                Path moved = tmp.resolve("moved-" + kb);
                SweepFixtures.run(List.of("cp", "-a", out.toString(), moved.toString()), tmp, Map.of(), 30);
                SweepFixtures.Result resumed = cli("sweep", file.toString(), "--out", moved.toString(), "--weekly", "--resume", "-q");
                assertEquals(0, resumed.code(), resumed.err());
                assertArrayEquals(Files.readAllBytes(ref.resolve("runs.csv")), Files.readAllBytes(moved.resolve("runs.csv")), kb + " kB, resumed");
                assertArrayEquals(Files.readAllBytes(ref.resolve("weekly.csv")), Files.readAllBytes(moved.resolve("weekly.csv")), kb + " kB, resumed");
                System.out.println("SweepDiskFullTest: " + kb + " kB disk: " + r.err().strip());
            } finally {
                SweepFixtures.run(List.of("umount", mount.toString()), tmp, Map.of(), 30);
            }
        }
        assertTrue(full > 0, "at least one disk size filled up during the sweep");
    }
}
