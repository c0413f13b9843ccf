package nl.samenspel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.output.TempPaths;

/**
 * Checks on output folders and files before any work starts, so a bad --out costs nothing: the
 * name is not empty, the place can really be written (a probe file, so /proc or a read-only disk
 * is found now, not after the simulation), and the folder is reserved for this process, so a
 * second command into the same --out is told it is in use instead of failing at the end.
 */
final class OutputFolders {
    /** Reservations of this process, released when the command ends ({@link Main#execute}). */
    private static final List<Path> RESERVED = new ArrayList<>();

    private OutputFolders() {}

    /** The folder must not exist, or be empty, its place must be writable, and no other command may be writing it. */
    static void requireFresh(Path dir) {
        requireFresh(dir, true);
    }

    /**
     * As {@link #requireFresh(Path)}; {@code reserve} false for sweeps, whose folder has
     * locks of its own (and whose shards share one folder by design).
     */
    static void requireFresh(Path dir, boolean reserve) {
        requireName(dir);
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) throw new UserError(dir + ": exists and is not a folder (choose another --out)");
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) throw new UserError(dir + ": folder exists and is not empty; nothing was overwritten (choose another --out or remove it)");
            } catch (IOException e) {
                throw new UserError(dir + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        probeWritable(dir);
        if (reserve) reserve(dir);
    }

    /** An output file: a non-empty name, not there yet, in a place that can be written. */
    static void requireNewFile(Path file) {
        requireName(file);
        if (Files.exists(file) || Files.isSymbolicLink(file)) throw new UserError(file + ": exists; nothing was overwritten (choose another --out)");
        probeWritable(file);
    }

    private static void requireName(Path p) {
        if (p.toString().isBlank()) throw new UserError("--out: the name is empty; give a folder or file name, e.g. --out runs/mine");
    }

    /** Writes and deletes a probe file in the nearest existing folder above (or at) the target's place. */
    private static void probeWritable(Path target) {
        Path parent;
        try {
            parent = target.toAbsolutePath().normalize().getParent();
        } catch (InvalidPathException e) {
            throw new UserError(target + ": not a valid path");
        }
        while (parent != null && !Files.exists(parent)) parent = parent.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserError(target + ": cannot write here (" + parent + " is not a folder; choose another --out)");
        }
        try {
            Path probe = TempPaths.file(parent, ".samenspel-probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new UserError(target + ": cannot write here (" + parent + " does not take new files: " + reason(e) + "; choose another --out)");
        }
    }

    /**
     * A hidden file {@code .NAME.in-use} beside the folder holds this process's id and start time
     * while it works. One left by a process that is gone (kill -9) is taken over without a word.
     */
    private static void reserve(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.getParent() == null || abs.getFileName() == null) return;
        Path mark = abs.getParent().resolve("." + abs.getFileName() + ".in-use");
        long me = ProcessHandle.current().pid();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.createDirectories(abs.getParent());
                // Written whole, then linked into place: a hard link is atomic and fails if the mark
                // exists, so no other process can ever read a mark that is still empty.
                Path tmp = TempPaths.file(abs.getParent(), "." + abs.getFileName() + ".in-use-", ".tmp");
                try {
                    Files.writeString(tmp, me + " " + Instant.now() + "\n", StandardCharsets.UTF_8);
                    Files.createLink(mark, tmp);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                synchronized (RESERVED) {
                    RESERVED.add(mark);
                }
                return;
            } catch (FileAlreadyExistsException e) {
                String[] who = readMark(mark);
                long pid = parsePid(who[0]);
                boolean mine;
                synchronized (RESERVED) {
                    mine = RESERVED.contains(mark);
                }
                boolean alive = pid == me ? mine : pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (alive) {
                    throw new UserError(dir + ": in use by another samenspel command (process " + pid + ", since " + who[1]
                            + "); wait for it to finish or choose another --out");
                }
                try {
                    Files.deleteIfExists(mark);
                } catch (IOException gone) {
                    // another process took it over first: the next attempt says so
                }
            } catch (IOException e) {
                throw new UserError(dir + ": cannot write here (" + reason(e) + "; choose another --out)");
            }
        }
        throw new UserError(dir + ": in use by another samenspel command; wait for it to finish or choose another --out");
    }

    private static String[] readMark(Path mark) {
        try {
            String[] parts = Files.readString(mark, StandardCharsets.UTF_8).strip().split(" ", 2);
            return parts.length == 2 ? parts : new String[] {parts[0], "an unknown time"};
        } catch (IOException | RuntimeException e) {
            return new String[] {"", "an unknown time"};
        }
    }

    private static long parsePid(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Drops this process's reservations: the command has ended, its folder is complete or was never made. */
    static void releaseAll() {
        synchronized (RESERVED) {
            for (Path p : RESERVED) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a reservation of a process that is gone is taken over by the next command
                }
            }
            RESERVED.clear();
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) m = f.getReason();
        return m;
    }
}
