package nl.samenspel.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless chromium, for tests that render a report. Missing chromium skips the test on a
 * developer's machine and fails it under CI=true, so CI cannot skip it silently.
 */
final class HeadlessBrowser {
    static final String BINARY = "chromium";

    private HeadlessBrowser() {}

    static Path require() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, BINARY);
            if (Files.isExecutable(p)) return p;
        }
        String message = "chromium is not installed (apt-get install chromium); the report rendering test needs it";
        if ("true".equals(System.getenv("CI"))) Assertions.fail(message + " and CI=true");
        Assumptions.abort(message);
        return null;
    }

    /** Runs chromium headless with the flags that keep it offline and quiet; returns stdout and stderr. */
    static String[] run(Path chromium, Path profile, List<String> extra, String url) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        cmd.addAll(extra);
        cmd.add(url);
        Path stdout = Files.createTempFile("chromium", ".out");
        Path stderr = Files.createTempFile("chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                Assertions.fail("chromium did not finish within 120 s: " + String.join(" ", cmd));
            }
            return new String[] {Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8)};
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
