package nl.samenspel.experiment.sweep;

import static nl.samenspel.experiment.sweep.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.samenspel.output.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every byte of a small sweep's log flipped in turn: the merge either refuses and names the
 * damage, or writes the same runs.csv as the intact log. Never a wrong runs.csv.
 */
class LogCorruptionTest {
    @TempDir
    Path tmp;

    @Test
    void flippingAnyByteOfALogNeverGivesAWrongRunsCsv() throws Exception {
        Path file = SweepFixtures.small(tmp, 300, 1);
        Path ref = tmp.resolve("ref");
        assertEquals(0, cli("sweep", file.toString(), "--out", ref.toString(), "-q").code());
        byte[] reference = Files.readAllBytes(ref.resolve("runs.csv"));
        byte[] log = Files.readAllBytes(ref.resolve("parts/local.runs.log"));
        String descriptor = Files.readString(ref.resolve(SweepFolder.DESCRIPTOR));
        int refused = 0;
        int same = 0;
        for (int i = 0; i < log.length; i++) {
            for (int mask : new int[] {0x01, 0xFF}) {
                Path dir = tmp.resolve("flip");
                AtomicFiles.deleteTree(dir);
                AtomicFiles.write(dir.resolve(SweepFolder.DESCRIPTOR), descriptor);
                byte[] bad = log.clone();
                bad[i] ^= (byte) mask;
                Files.createDirectories(dir.resolve("parts"));
                Files.write(dir.resolve("parts/local.runs.log"), bad);
                Merge.Result r = Merge.merge(new SweepFolder(dir), Map.of());
                if (r.written()) {
                    assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")), "byte " + i + " ^ " + mask);
                    same++;
                } else {
                    assertFalse(Files.exists(dir.resolve("runs.csv")), "byte " + i);
                    assertFalse(r.damage().isEmpty(), "byte " + i + " ^ " + mask + ": the refusal names the damage");
                    refused++;
                }
            }
        }
        // And every 53rd flip resumed: only the damaged run is done again, and runs.csv is the intact one.
        int resumed = 0;
        for (int i = 3; i < log.length; i += 53) {
            Path dir = tmp.resolve("resume-" + i);
            AtomicFiles.write(dir.resolve(SweepFolder.DESCRIPTOR), descriptor);
            byte[] bad = log.clone();
            bad[i] ^= 0x01;
            Files.createDirectories(dir.resolve("parts"));
            Files.write(dir.resolve("parts/local.runs.log"), bad);
            SweepFixtures.Result r = cli("sweep", file.toString(), "--out", dir.toString(), "--resume", "-q");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("3 were done already, 1 ran now"), "byte " + i + ": " + r.out());
            assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")), "byte " + i + ", resumed");
            resumed++;
        }
        System.out.printf("LogCorruptionTest: %d flipped logs resumed to the intact runs.csv, each redoing only its damaged run%n", resumed);
        System.out.printf("LogCorruptionTest: %d flips of a %d-byte log: %d refused with the damage named, %d gave the intact runs.csv%n",
                2 * log.length, log.length, refused, same);
        assertEquals(2 * log.length, refused + same);
        assertTrue(refused > 0);
    }
}
