package nl.samenspel.experiment.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The machine a bench ran on: timings mean little without the cores, the caches (a city's
 * arrays outgrow the last-level cache) and what else was running (the load average, read at the
 * start and at the end). Linux files; elsewhere the fields say "unknown".
 */
public record Machine(int cores, String cpu, String caches, String jvm, long maxHeapMb) {
    public static Machine here() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), readCaches(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** The one-minute load average, or NaN where /proc/loadavg is not there. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d cores (%s), caches %s, %s, max heap %d MB", cores, cpu, caches, jvm, maxHeapMb);
    }

    private static String readCpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "unknown";
    }

    /** Each cache level of the first core, e.g. "L1d 32K, L1i 32K, L2 512K, L3 32768K (shared by 0-1)". */
    private static String readCaches() {
        List<String> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            Path d = Path.of("/sys/devices/system/cpu/cpu0/cache/index" + i);
            if (!Files.isDirectory(d)) break;
            try {
                String type = read(d.resolve("type"));
                String name = "L" + read(d.resolve("level")) + (type.equals("Data") ? "d" : type.equals("Instruction") ? "i" : "");
                String shared = Files.exists(d.resolve("shared_cpu_list")) ? read(d.resolve("shared_cpu_list")) : "";
                out.add(name + " " + read(d.resolve("size")) + (shared.contains("-") || shared.contains(",") ? " (shared by cpus " + shared + ")" : ""));
            } catch (IOException | RuntimeException e) {
                break;
            }
        }
        return out.isEmpty() ? fromGetconf(getconf()) : String.join(", ", out);
    }

    /** {@code getconf -a}'s lines, or none: some virtual machines have no cache folders in /sys but a C library that knows the sizes. */
    private static List<String> getconf() {
        try {
            Process p = new ProcessBuilder("getconf", "-a").redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            return p.waitFor() == 0 ? lines : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static final String[][] GETCONF_CACHES = {
        {"LEVEL1_DCACHE_SIZE", "L1d"}, {"LEVEL1_ICACHE_SIZE", "L1i"}, {"LEVEL2_CACHE_SIZE", "L2"}, {"LEVEL3_CACHE_SIZE", "L3"}, {"LEVEL4_CACHE_SIZE", "L4"}};

    /** The cache sizes in {@code getconf -a}'s lines, e.g. "L1d 48K, L1i 32K, L2 1024K (getconf)", or "unknown". */
    static String fromGetconf(List<String> lines) {
        java.util.Map<String, String> value = new java.util.HashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2 && f[1].matches("[0-9]+")) value.put(f[0], f[1]);
        }
        List<String> out = new ArrayList<>();
        for (String[] c : GETCONF_CACHES) {
            long bytes = Long.parseLong(value.getOrDefault(c[0], "0"));
            if (bytes > 0) out.add(c[1] + " " + bytes / 1024 + "K");
        }
        return out.isEmpty() ? "unknown" : String.join(", ", out) + " (getconf)";
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p).trim();
    }
}
