package nl.samenspel.experiment.sweep;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.BuildInfo;
import nl.samenspel.output.Manifest;

/**
 * Joins the parts of a sweep into runs.csv (and weekly.csv) sorted by run_id, after checking
 * that every run is present exactly once (with --weekly, its weekly series too). Memory is an
 * index of a few bytes per run; rows are copied from the logs, never held together. Nothing is
 * written unless the check passes.
 */
public final class Merge {
    /**
     * What the check found; {@code written} is true when the tables and manifest were written.
     * {@code damage} names every damaged record found in the logs (file, byte, record number).
     */
    public record Result(int total, int present, List<Long> missing, List<Long> duplicates, List<String> parts, boolean written, List<String> damage) {
        public boolean complete() {
            return missing.isEmpty() && duplicates.isEmpty();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Merge() {}

    public static Result merge(SweepFolder folder, Map<String, Object> extraManifest) throws IOException {
        return merge(folder, extraManifest, false);
    }

    /** @param allowOtherBuild merge although sweep.json names another build (recorded in the manifest) */
    public static Result merge(SweepFolder folder, Map<String, Object> extraManifest, boolean allowOtherBuild) throws IOException {
        SweepDescriptor d = folder.readDescriptor();
        folder.checkBuild(d, "merge", allowOtherBuild);
        if (d.runs() > SweepPlan.MAX_RUNS) throw new SweepFolder.SweepMismatch(folder.dir().resolve(SweepFolder.DESCRIPTOR) + ": " + d.runs() + " runs is more than a sweep can have");
        int total = (int) d.runs();
        List<String> parts = folder.parts();
        List<String> damage = new ArrayList<>();
        Index runs = new Index(total);
        for (int p = 0; p < parts.size(); p++) runs.add(p, scan(folder.runsLog(parts.get(p)), damage), true);
        boolean withWeekly = d.weekly();
        Index weekly = new Index(total);
        if (withWeekly) for (int p = 0; p < parts.size(); p++) weekly.add(p, scan(folder.weeklyLog(parts.get(p)), damage), false);
        TreeSet<Long> gaps = new TreeSet<>(runs.missing());
        if (withWeekly) gaps.addAll(weekly.missing());
        List<Long> missing = new ArrayList<>(gaps);
        if (!missing.isEmpty() || !runs.duplicates.isEmpty()) {
            return new Result(total, total - missing.size(), missing, new ArrayList<>(runs.duplicates), parts, false, damage);
        }
        Path dir = folder.dir();
        // Both tables are written in full before either is renamed into place, and a manifest that
        // cannot be written takes them away again: a full disk leaves nothing that looks complete.
        Path runsTmp = write(dir.resolve(SweepFolder.RUNS), RunRows.header(d.columns()), runs, parts, folder, false);
        Path weeklyTmp = null;
        try {
            if (withWeekly) weeklyTmp = write(dir.resolve(SweepFolder.WEEKLY), RunRows.header(d.weeklyColumns()), weekly, parts, folder, true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(runsTmp);
            throw e;
        }
        if (weeklyTmp != null) AtomicFiles.move(weeklyTmp, dir.resolve(SweepFolder.WEEKLY));
        AtomicFiles.move(runsTmp, dir.resolve(SweepFolder.RUNS));
        try {
            writeManifest(folder, d, extraManifest, parts, damage);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(dir.resolve(SweepFolder.RUNS));
            Files.deleteIfExists(dir.resolve(SweepFolder.WEEKLY));
            throw e;
        }
        return new Result(total, total, missing, List.of(), parts, true, damage);
    }

    private static void writeManifest(SweepFolder folder, SweepDescriptor d, Map<String, Object> extraManifest, List<String> parts, List<String> damage) throws IOException {
        Manifest m = new Manifest().put("kind", "sweep");
        JSON.convertValue(d, new TypeReference<LinkedHashMap<String, Object>>() {}).forEach(m::put);
        extraManifest.forEach(m::put);
        m.put("parts", parts);
        Map<String, BuildInfo.Identity> others = folder.otherBuilds();
        if (!others.isEmpty()) {
            m.put("allow_other_build", true);
            m.put("other_builds", others);
        }
        if (!damage.isEmpty()) m.put("damage_skipped", damage);
        m.put("merged", Instant.now().toString());
        m.writeTo(folder.dir());
    }

    private static List<RecordLog.Entry> scan(Path log, List<String> damage) throws IOException {
        RecordLog.Scan s = RecordLog.scan(log);
        for (RecordLog.Damage x : s.damage()) damage.add(x.describe(log));
        return s.entries();
    }

    /** Writes a table to a hidden temporary file next to {@code target}; returns it (deleted if anything fails). */
    private static Path write(Path target, String header, Index index, List<String> parts, SweepFolder folder, boolean weekly) throws IOException {
        Path tmp = AtomicFiles.tempFileFor(target);
        RandomAccessFile[] files = new RandomAccessFile[parts.size()];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            for (int p = 0; p < parts.size(); p++) {
                Path log = weekly ? folder.weeklyLog(parts.get(p)) : folder.runsLog(parts.get(p));
                if (Files.exists(log)) files[p] = new RandomAccessFile(log.toFile(), "r");
            }
            out.write(header.getBytes(StandardCharsets.UTF_8));
            byte[] buf = new byte[1 << 12];
            for (int r = 0; r < index.part.length; r++) {
                if (buf.length < index.length[r]) buf = new byte[index.length[r]];
                RandomAccessFile f = files[index.part[r]];
                f.seek(index.offset[r]);
                f.readFully(buf, 0, index.length[r]);
                out.write(buf, 0, index.length[r]);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        } finally {
            for (RandomAccessFile f : files) if (f != null) f.close();
        }
        return tmp;
    }

    /** Where each run's record is: part, offset, length. */
    private static final class Index {
        final int[] part;
        final long[] offset;
        final int[] length;
        final TreeSet<Long> duplicates = new TreeSet<>();

        Index(int total) {
            part = new int[total];
            offset = new long[total];
            length = new int[total];
            Arrays.fill(part, -1);
        }

        /** @param strict a run in two places is a duplicate; otherwise (weekly series, rewritten after a kill) the last wins */
        void add(int p, List<RecordLog.Entry> entries, boolean strict) {
            for (RecordLog.Entry e : entries) {
                if (e.runId() >= part.length) {
                    duplicates.add(e.runId());
                    continue;
                }
                int r = (int) e.runId();
                if (part[r] >= 0 && strict) duplicates.add(e.runId());
                part[r] = p;
                offset[r] = e.offset();
                length[r] = e.length();
            }
        }

        List<Long> missing() {
            List<Long> out = new ArrayList<>();
            for (int r = 0; r < part.length; r++) if (part[r] < 0) out.add((long) r);
            return out;
        }
    }

    /** Run ids as ranges, "3-7, 12", at most {@code max} ranges. */
    public static String ranges(List<Long> ids, int max) {
        StringBuilder s = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < ids.size(); ) {
            int j = i;
            while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) j++;
            if (shown == max) {
                s.append(", ...");
                break;
            }
            if (s.length() > 0) s.append(", ");
            s.append(ids.get(i));
            if (j > i) s.append('-').append(ids.get(j));
            shown++;
            i = j + 1;
        }
        return s.toString();
    }
}
