package nl.samenspel.experiment.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code java -jar samenspel.jar ...} as a user types it, timed from outside (JVM start
 * included), with the child's peak resident set size: its VmHWM (a high-water mark, so a poll
 * every 10 ms misses at most the last 10 ms) from /proc.
 *
 * @param exit       the child's exit code
 * @param seconds    wall-clock seconds from start to exit
 * @param peakRssMb  the child's peak resident set size, or NaN where /proc is not there
 * @param err        what the child wrote on standard error
 */
public record CommandLineRun(int exit, double seconds, double peakRssMb, String err) {
    /** The samenspel jar this process runs from, or null (tests run from class folders). */
    public static Path ownJar() {
        try {
            Path where = Path.of(CommandLineRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(where) && where.toString().endsWith(".jar") ? where : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Runs {@code java jvmArgs -jar jar args}, output to a log in {@code scratch}. */
    public static CommandLineRun of(Path jar, List<String> jvmArgs, List<String> args, Path scratch) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        Files.createDirectories(scratch);
        Path err = Files.createTempFile(scratch, "err", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        Path status = Path.of("/proc/" + p.pid() + "/status");
        double peak = Double.NaN;
        while (!p.waitFor(10, TimeUnit.MILLISECONDS)) {
            double v = vmHwmMb(status);
            if (!Double.isNaN(v)) peak = Double.isNaN(peak) ? v : Math.max(peak, v);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new CommandLineRun(p.exitValue(), seconds, peak, Files.readString(err));
    }

    public boolean ok() {
        return exit == 0;
    }

    /** VmHWM in MB, or NaN (the child has gone, or no /proc). */
    static double vmHwmMb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        } catch (IOException | RuntimeException e) {
            // the child exited between the poll and the read
        }
        return Double.NaN;
    }
}
