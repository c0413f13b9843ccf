package nl.samenspel.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspel.experiment.sweep.SweepFixtures;

/** The byte checks the small fits through `samenspel calibrate` share. */
final class FitBytes {
    private FitBytes() {}

    /** Each table is the same bytes in both folders. */
    static void same(Path expected, Path actual, String[] tables, String what) throws IOException {
        for (String t : tables) assertArrayEquals(Files.readAllBytes(expected.resolve(t)), Files.readAllBytes(actual.resolve(t)), t + " differs " + what);
    }

    /** The fit of {@code file} on one thread into {@code one} gives the bytes of {@code two}'s (made on two), and a resume changes nothing. */
    static void oneThreadAndAResumeChangeNothing(Path file, Path two, SweepFixtures.Result first, Path one, String[] tables) throws IOException {
        SweepFixtures.Result r = SweepFixtures.cli("calibrate", file.toString(), "--out", one.toString(), "--threads", "1", "-q");
        assertEquals(first.code(), r.code(), r.out() + r.err());
        same(two, one, tables, "between 1 and 2 threads");
        SweepFixtures.Result again = SweepFixtures.cli("calibrate", file.toString(), "--out", one.toString(), "--resume", "-q");
        assertEquals(first.code(), again.code(), again.out() + again.err());
        same(two, one, tables, "after --resume");
    }
}
