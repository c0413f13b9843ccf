package nl.samenspel.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import nl.samenspel.engine.Seeds;
import nl.samenspel.engine.Simulation;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.Manifest;
import nl.samenspel.output.RunManifest;
import nl.samenspel.output.RunTables;
import nl.samenspel.scenario.ParameterBinder;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioResolver;

/** One replication of one scenario, written to a folder with its manifest. */
public final class RunJob {
    public static final String WEEKLY = "weekly.csv";
    public static final String SUMMARY = "summary.csv";

    private RunJob() {}

    /**
     * Runs and writes {@code weekly.csv}, {@code summary.csv} and {@code manifest.json} into a
     * staging folder that becomes {@code out} only when everything is written.
     */
    public static RunResult runInto(Path out, ResolvedScenario scenario, Seeds seeds, List<String> command, IntConsumer progress) throws IOException {
        return runInto(out, scenario, seeds, 1, command, progress);
    }

    /** @param threads threads for the districts of each week (the results do not depend on it) */
    public static RunResult runInto(Path out, ResolvedScenario scenario, Seeds seeds, int threads, List<String> command, IntConsumer progress) throws IOException {
        Instant start = Instant.now();
        RunResult result = Simulation.run(scenario.parameters(), scenario.reference(), seeds, threads, progress);
        Path staged = AtomicFiles.stage(out);
        try {
            writeTables(staged, result);
            manifest(scenario, seeds, command, start).writeTo(staged);
            AtomicFiles.publish(staged, out);
        } finally {
            AtomicFiles.deleteTree(staged);
        }
        return result;
    }

    public static void writeTables(Path dir, RunResult result) throws IOException {
        AtomicFiles.write(dir.resolve(WEEKLY), RunTables.weekly(result));
        AtomicFiles.write(dir.resolve(SUMMARY), RunTables.summary(result));
    }

    static Manifest manifest(ResolvedScenario s, Seeds seeds, List<String> command, Instant start) {
        // The reference the run followed until its lever start week, where it is not the scenario itself.
        // Compared flattened, as the manifest writes it: the records' own equals would first spin
        // method-handle classes for each of Parameters' 17 record types, start-up work for one comparison.
        Map<String, Object> reference = ParameterBinder.flatten(s.reference());
        if (reference.equals(ParameterBinder.flatten(s.parameters()))) reference = null;
        return Manifest.of(RunManifest.of(command, s.name(), ScenarioResolver.fileNames(s), seeds.behaviour(), seeds.network(),
                s.flatValues(), s.scaled(), reference, start.toString(), Instant.now().toString()));
    }
}
