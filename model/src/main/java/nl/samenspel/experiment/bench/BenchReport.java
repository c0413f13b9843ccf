package nl.samenspel.experiment.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.Manifest;

/** Writes a bench folder: bench.csv, targets.csv, bench.md, bench.png and manifest.json, all or nothing. */
public final class BenchReport {
    public static final String CSV = "bench.csv";
    public static final String PNG = "bench.png";
    public static final String TARGETS = "targets.csv";
    public static final String MD = "bench.md";

    /** What one bench measured beyond the cases: the machine, the load, the command-line cases and the targets. */
    public record Extras(Machine machine, double loadStart, double loadEnd, String started, List<Target> targets) {}

    private BenchReport() {}

    public static void writeInto(Path out, BenchPlan plan, List<BenchResult> results, List<String> command, Extras extras) throws IOException {
        Path staged = AtomicFiles.stage(out);
        try {
            AtomicFiles.write(staged.resolve(CSV), BenchResult.csv(results));
            AtomicFiles.write(staged.resolve(PNG), BenchChart.png(results));
            AtomicFiles.write(staged.resolve(TARGETS), Target.csv(extras.targets()));
            AtomicFiles.write(staged.resolve(MD), BenchMarkdown.of(extras.machine(), extras.loadStart(), extras.loadEnd(), extras.started(), command,
                    extras.targets(), results));
            Map<String, Object> machine = new LinkedHashMap<>();
            machine.put("available_processors", Runtime.getRuntime().availableProcessors());
            machine.put("cpu", extras.machine().cpu());
            machine.put("caches", extras.machine().caches());
            machine.put("load_average_start", extras.loadStart());
            machine.put("load_average_end", extras.loadEnd());
            machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
            machine.put("jvm_arguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("quick", plan.quick());
            settings.put("scale", plan.scale());
            settings.put("years", plan.years());
            settings.put("sweep_runs", plan.sweepRuns());
            settings.put("threads", plan.threads());
            new Manifest().put("kind", "bench").put("command", command).put("settings", settings).put("machine", machine)
                    .put("started", extras.started())
                    .put("note", "timings depend on the machine and on what else runs on it; seeds are 1..runs (warm-up runs 1000..)")
                    .writeTo(staged);
            AtomicFiles.publish(staged, out);
        } finally {
            AtomicFiles.deleteTree(staged);
        }
    }
}
