package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.experiment.sweep.SweepFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals that need a real JVM of their own: a small heap, another user, two processes at once. */
@Tag("system")
class ReaderSystemTest {
    private static final String OTHER_USER = "samenspel-reader";

    @TempDir
    Path dir;

    @Test
    void theCityAt64MegabytesSaysHowMuchHeapItNeeds() throws Exception {
        List<String> cmd = new ArrayList<>(SweepFixtures.javaCommand("run", "city", "--years", "1", "--out", dir.resolve("out").toString(), "-q"));
        cmd.add(1, "-Xmx64m");
        SweepFixtures.Result r = SweepFixtures.run(cmd, dir, Map.of(), 120);
        assertEquals(2, r.code(), r.out());
        assertEquals(1, r.out().strip().lines().count(), "one line: " + r.out());
        assertTrue(r.out().contains("out of memory: Java was given") && r.out().contains("650000 residents") && r.out().contains("java -Xmx1g"), r.out());
        assertFalse(r.out().contains("OutOfMemoryError") || r.out().contains("\tat "), r.out());
        assertFalse(Files.exists(dir.resolve("out")), "nothing that looks complete");
    }

    @Test
    void aFileAnotherUserCannotReadIsPermissionDenied() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "name: secret\nbases: [baseline]\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path out = dir.resolve("out");
        SweepFixtures.Result r;
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
            r = SweepFixtures.run(SweepFixtures.javaCommand("run", secret.toString(), "--out", out.toString(), "-q"), dir, Map.of(), 60);
        } else {
            // As root a chmod does not block reads, so the command runs as a second, unprivileged user.
            Process add = new ProcessBuilder("sh", "-c", "id -u " + OTHER_USER + " >/dev/null 2>&1 || useradd --system --no-create-home " + OTHER_USER).inheritIO().start();
            Assumptions.assumeTrue(add.waitFor() == 0, "ASSUMPTION: useradd works here (it does as root on Debian); without it this case cannot be shown");
            Path cp = readableClasspath();
            List<String> cmd = new ArrayList<>(List.of("runuser", "-u", OTHER_USER, "--", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", cp.resolve("*") + ":" + cp.resolve("classes"), "nl.samenspel.cli.Main", "run", secret.toString(), "--out", out.toString(), "-q"));
            r = SweepFixtures.run(cmd, dir, Map.of(), 120);
        }
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains(secret + ": cannot be read: permission denied"), r.out());
        assertEquals(1, r.out().strip().lines().count(), r.out());
    }

    @Test
    void twoRunsIntoOneFolderGiveOneResultAndOneCleanRefusal() throws Exception {
        Path out = dir.resolve("both");
        List<Process> ps = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path log = dir.resolve("log" + i);
            logs.add(log);
            ps.add(new ProcessBuilder(SweepFixtures.javaCommand("run", "baseline", "--years", "2", "--out", out.toString(), "-q"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        int ok = 0;
        for (int i = 0; i < 2; i++) {
            assertTrue(ps.get(i).waitFor(300, java.util.concurrent.TimeUnit.SECONDS));
            String text = Files.readString(logs.get(i));
            if (ps.get(i).exitValue() == 0) {
                ok++;
            } else {
                assertEquals(2, ps.get(i).exitValue(), text);
                assertTrue(text.contains("in use by another samenspel command") || text.contains("not empty"), text);
                assertFalse(text.contains("Exception"), text);
            }
        }
        assertEquals(1, ok, "exactly one run wrote the folder");
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")) && Files.isRegularFile(out.resolve("weekly.csv")));
    }

    /** The test's classpath, copied where another user can read it (a home under /root is not). */
    private Path readableClasspath() throws IOException {
        Path cp = Files.createDirectories(dir.resolve("cp"));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isRegularFile(p) && entry.endsWith(".jar")) {
                Files.copy(p, cp.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            } else if (Files.isDirectory(p) && p.endsWith("classes")) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) s::iterator) {
                        Path t = cp.resolve("classes").resolve(p.relativize(f).toString());
                        if (Files.isDirectory(f)) Files.createDirectories(t);
                        else Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        try (Stream<Path> s = Files.walk(cp)) {
            for (Path f : (Iterable<Path>) s::iterator) Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
        }
        return cp;
    }
}
