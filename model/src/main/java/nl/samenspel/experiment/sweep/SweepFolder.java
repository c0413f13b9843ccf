package nl.samenspel.experiment.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.BuildInfo;
import nl.samenspel.output.Manifest;

/**
 * The layout of a sweep's output folder:
 * <pre>
 *   sweep.json              what is being swept (experiment text, base parameters, columns) and by which build; equal for every shard
 *   parts/PART.runs.log     finished runs' rows, one {@link RecordLog} per process (local, or shard-I-of-N)
 *   parts/PART.weekly.log   their weekly series, with --weekly
 *   parts/PART.other-build.json  the build that resumed PART with --allow-other-build, if any
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
    static final String OTHER_BUILD = ".other-build.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public SweepFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Writes sweep.json, or checks that the one there describes the same sweep (shards start
     * together and write identical bytes, so the race is harmless) and was started by this build.
     *
     * @param part            the part this process writes, for the record of another build
     * @param allowOtherBuild go on although sweep.json names another build; recorded for the manifest
     */
    public void claim(SweepDescriptor descriptor, String part, boolean allowOtherBuild) throws IOException {
        Path f = dir.resolve(DESCRIPTOR);
        if (Files.exists(f)) {
            SweepDescriptor have = readDescriptor();
            if (!JSON.writeValueAsString(have.withoutBuild()).equals(JSON.writeValueAsString(descriptor.withoutBuild()))) {
                throw new SweepMismatch(dir + " holds a different sweep (" + DESCRIPTOR
                        + " differs: another experiment file, a changed file or scenario, or other --weekly); use a new --out");
            }
            checkBuild(have, part, allowOtherBuild);
            return;
        }
        Files.createDirectories(dir.resolve(PARTS));
        AtomicFiles.write(f, Manifest.toJson(descriptor) + "\n");
    }

    /** Refuses (unless allowed) when sweep.json names another build than this one; an allowed one is recorded in parts/PART.other-build. */
    public void checkBuild(SweepDescriptor have, String part, boolean allowOtherBuild) throws IOException {
        BuildInfo.Identity now = BuildInfo.identity();
        if (now.equals(have.build())) return;
        if (!allowOtherBuild) {
            throw new OtherBuild(dir + " was started by another build (" + (have.build() == null ? "one that did not record itself" : have.build().describe())
                    + "; this is " + now.describe() + "): its runs would mix two versions of the model in one " + RUNS
                    + ". Finish it with the build that started it, or start a new --out; --allow-other-build mixes them knowingly (and says so in the manifest).");
        }
        Files.createDirectories(dir.resolve(PARTS));
        AtomicFiles.write(dir.resolve(PARTS).resolve(part + OTHER_BUILD), Manifest.toJson(now) + "\n");
    }

    /** The builds other than sweep.json's that wrote parts (allowed with --allow-other-build), by part. */
    public Map<String, BuildInfo.Identity> otherBuilds() throws IOException {
        Map<String, BuildInfo.Identity> out = new java.util.TreeMap<>();
        Path p = dir.resolve(PARTS);
        if (!Files.isDirectory(p)) return out;
        try (Stream<Path> s = Files.list(p)) {
            for (Path f : s.filter(x -> x.getFileName().toString().endsWith(OTHER_BUILD)).sorted().toList()) {
                String n = f.getFileName().toString();
                out.put(n.substring(0, n.length() - OTHER_BUILD.length()), JSON.readValue(f.toFile(), BuildInfo.Identity.class));
            }
        }
        return out;
    }

    /** sweep.json could not be matched with the experiment at hand. */
    public static class SweepMismatch extends IOException {
        private static final long serialVersionUID = 1L;

        public SweepMismatch(String message) {
            super(message);
        }
    }

    /** sweep.json was written by another build. */
    public static final class OtherBuild extends SweepMismatch {
        private static final long serialVersionUID = 1L;

        OtherBuild(String message) {
            super(message);
        }
    }

    public SweepDescriptor readDescriptor() throws IOException {
        Path f = dir.resolve(DESCRIPTOR);
        try {
            return JSON.readValue(f.toFile(), SweepDescriptor.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SweepMismatch(f + ": not a sweep descriptor this build can read (" + e.getOriginalMessage() + ")");
        }
    }

    public boolean hasDescriptor() {
        return Files.isRegularFile(dir.resolve(DESCRIPTOR));
    }

    /**
     * Whether a shard may join this folder: it holds this kind of sweep, or one is being started
     * in it right now (shards of an array job start together, so a sibling may have made parts/
     * and be writing sweep.json's temporary file). Anything else in it means another kind of folder.
     */
    public boolean mayBeJoinedByAShard() throws IOException {
        if (hasDescriptor()) return true;
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .allMatch(n -> n.equals(PARTS) || (n.startsWith("." + DESCRIPTOR) && n.endsWith(".tmp")));
        }
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

    /** The runs recorded by every part, and the damage found on the way. */
    public record Recorded(BitSet done, List<String> damage) {}

    /**
     * Runs already recorded by any part. The part this process holds is read through its own
     * descriptor ({@code own}), since opening it again would drop its lock.
     */
    public Recorded recorded(long total, String ownPart, RecordLog own) throws IOException {
        BitSet done = new BitSet((int) Math.min(total, Integer.MAX_VALUE));
        List<String> damage = new ArrayList<>();
        List<String> names = new ArrayList<>(parts());
        if (ownPart != null && !names.contains(ownPart)) names.add(ownPart);
        for (String part : names) {
            RecordLog.Scan s = own != null && part.equals(ownPart) ? own.opened() : RecordLog.scan(runsLog(part));
            for (RecordLog.Entry e : s.entries()) if (e.runId() < total) done.set((int) e.runId());
            for (RecordLog.Damage d : s.inner()) damage.add(d.describe(runsLog(part)));
        }
        return new Recorded(done, damage);
    }

    /** The part name of shard i of n (1-based), or of a local sweep. */
    public static String partName(Shard shard) {
        return shard == null ? "local" : "shard-" + shard.index() + "-of-" + shard.count();
    }
}
