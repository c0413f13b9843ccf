package nl.samenspel.experiment.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.Manifest;

/**
 * The layout of a sweep's output folder:
 * <pre>
 *   sweep.json              what is being swept (experiment text, base parameters, columns); equal for every shard
 *   parts/PART.runs.log     finished runs' rows, one {@link RecordLog} per process (local, or shard-I-of-N)
 *   parts/PART.weekly.log   their weekly series, with --weekly
 *   runs.csv, weekly.csv    the tidy results sorted by run_id, written by {@link Merge} when every run is in
 *   manifest.json
 * </pre>
 */
public final class SweepFolder {
    public static final String DESCRIPTOR = "sweep.json";
    public static final String RUNS = "runs.csv";
    public static final String WEEKLY = "weekly.csv";
    public static final String PARTS = "parts";
    static final String RUNS_LOG = ".runs.log";
    static final String WEEKLY_LOG = ".weekly.log";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public SweepFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The descriptor of a plan: everything merge, resume and sensitivity need, and nothing that changes between shards. */
    public static Map<String, Object> descriptor(SweepPlan plan, boolean weekly) {
        ExperimentFile e = plan.experiment();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("experiment_file", java.nio.file.Path.of(e.file().replace(" (built in)", "")).getFileName().toString());
        d.put("experiment", e.text());
        d.put("name", e.name());
        d.put("design", e.design().name());
        if (e.design() instanceof SobolSaltelli s) d.put("samples", s.samples());
        if (e.design() instanceof LatinHypercube l) d.put("samples", l.samples());
        if (e.design() instanceof PriorDraws p) d.put("samples", p.draws());
        d.put("varied", e.parameters().stream().map(VariedParameter::key).toList());
        d.put("seed", e.seed());
        d.put("seed_rule", e.design().seedRule());
        d.put("network_seed_rule", e.networkSeeds() > 0 ? "Seeds.derive(Seeds.mix(seed ^ salt), replication / replications), shared by all points" : "derived from the behaviour seed (Seeds.of)");
        d.put("replications", e.replications());
        d.put("network_seeds", e.networkSeeds());
        d.put("points", plan.pointCount());
        d.put("runs", plan.size());
        d.put("weekly", weekly);
        d.put("columns", plan.columns());
        d.put("weekly_columns", plan.weeklyColumns());
        d.put("base_scenario", e.scenario());
        d.put("base_parameters", plan.base().flatValues());
        return d;
    }

    /**
     * Writes sweep.json, or checks that the one there describes the same sweep (shards start
     * together and write identical bytes, so the race is harmless).
     */
    public void claim(Map<String, Object> descriptor) throws IOException {
        String text = Manifest.toJson(descriptor) + "\n";
        Path f = dir.resolve(DESCRIPTOR);
        if (Files.exists(f)) {
            String have = Files.readString(f, StandardCharsets.UTF_8);
            if (!have.equals(text)) throw new SweepMismatch(dir + " holds a different sweep (" + DESCRIPTOR
                    + " differs: another experiment file, a changed file or scenario, or other --weekly); use a new --out");
            return;
        }
        Files.createDirectories(dir.resolve(PARTS));
        AtomicFiles.write(f, text);
    }

    /** sweep.json could not be matched with the experiment at hand. */
    public static final class SweepMismatch extends IOException {
        private static final long serialVersionUID = 1L;

        public SweepMismatch(String message) {
            super(message);
        }
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> readDescriptor() throws IOException {
        return JSON.readValue(dir.resolve(DESCRIPTOR).toFile(), LinkedHashMap.class);
    }

    public boolean hasDescriptor() {
        return Files.isRegularFile(dir.resolve(DESCRIPTOR));
    }

    public Path runsLog(String part) {
        return dir.resolve(PARTS).resolve(part + RUNS_LOG);
    }

    public Path weeklyLog(String part) {
        return dir.resolve(PARTS).resolve(part + WEEKLY_LOG);
    }

    /** Part names found in parts/, sorted. */
    public List<String> parts() throws IOException {
        List<String> out = new ArrayList<>();
        Path p = dir.resolve(PARTS);
        if (!Files.isDirectory(p)) return out;
        try (Stream<Path> s = Files.list(p)) {
            s.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(RUNS_LOG)).sorted()
                    .forEach(n -> out.add(n.substring(0, n.length() - RUNS_LOG.length())));
        }
        return out;
    }

    /** Runs already recorded by any part. */
    public BitSet done(int total) throws IOException {
        BitSet done = new BitSet(total);
        for (String part : parts()) {
            for (RecordLog.Entry e : RecordLog.scan(runsLog(part)).entries()) if (e.runId() < total) done.set((int) e.runId());
        }
        return done;
    }

    /** The part name of shard i of n (1-based), or of a local sweep. */
    public static String partName(Shard shard) {
        return shard == null ? "local" : "shard-" + shard.index() + "-of-" + shard.count();
    }
}
