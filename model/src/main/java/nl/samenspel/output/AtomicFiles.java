package nl.samenspel.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Writes files and folders so that a reader sees either nothing or the whole thing. */
public final class AtomicFiles {
    private AtomicFiles() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = TempPaths.file(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            readableByAll(tmp, "rw-r--r--");
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A hidden temporary file next to {@code target}, readable by all (like the results it becomes). */
    public static Path tempFileFor(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = TempPaths.file(dir, "." + target.getFileName(), ".tmp");
        readableByAll(tmp, "rw-r--r--");
        return tmp;
    }

    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The lock each staging folder of this process holds on its {@link #STAGING_LOCK}, until it is published or deleted. */
    private static final java.util.Map<Path, java.nio.channels.FileChannel> STAGED = new java.util.concurrent.ConcurrentHashMap<>();
    static final String STAGING_LOCK = ".lock";

    /**
     * A hidden staging folder next to {@code target}; {@link #publish} renames it into place when
     * every file is written, so an interrupted command never leaves a folder that looks complete.
     * The process holds a lock in it while it writes, so that staging folders left by a process
     * that was killed can be told from live ones: they are removed here, the next time anything
     * is staged next to them (see {@link #removeStale}).
     */
    public static Path stage(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        removeStale(abs);
        Path staged = TempPaths.directory(abs.getParent(), "." + abs.getFileName() + ".partial-");
        readableByAll(staged, "rwxr-xr-x");
        java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(staged.resolve(STAGING_LOCK),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        ch.lock();
        STAGED.put(staged, ch);
        return staged;
    }

    /**
     * Removes the staging folders of {@code target} whose lock no live process holds (left by a
     * kill or a crash); one without a lock (from an older version, or just being created or
     * published) is left alone and named on stderr. Returns the folders it left.
     */
    public static java.util.List<Path> removeStale(Path target) {
        Path abs = target.toAbsolutePath();
        String prefix = "." + abs.getFileName() + ".partial-";
        java.util.List<Path> left = new java.util.ArrayList<>();
        java.util.List<Path> candidates;
        try (Stream<Path> s = Files.list(abs.getParent())) {
            candidates = s.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            return left;
        }
        for (Path d : candidates) {
            if (STAGED.containsKey(d)) continue;
            Path lock = d.resolve(STAGING_LOCK);
            boolean removed = false;
            if (Files.isRegularFile(lock)) {
                try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE)) {
                    java.nio.channels.FileLock l = ch.tryLock();
                    if (l == null) continue; // a live process is writing there
                    try (Stream<Path> s = Files.walk(d)) {
                        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(lock) && !p.equals(d)) Files.delete(p);
                    }
                    Files.delete(lock);
                    Files.delete(d);
                    removed = true;
                } catch (java.nio.channels.OverlappingFileLockException e) {
                    continue;
                } catch (IOException e) {
                    // could not remove it: named below
                }
            }
            if (!removed) {
                left.add(d);
                System.err.println("samenspel: note: " + d + " is an unfinished output left by an interrupted command; remove it if no samenspel command is writing " + target);
            }
        }
        return left;
    }

    /** Temporary files are private (0600); results are for others to read too. */
    private static void readableByAll(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    public static void publish(Path staged, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isEmpty()) Files.delete(target);
            }
        }
        unlock(staged);
        Files.deleteIfExists(staged.resolve(STAGING_LOCK));
        Files.move(staged, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void unlock(Path staged) {
        java.nio.channels.FileChannel ch = STAGED.remove(staged);
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException e) {
            // closing releases the lock; nothing more to do
        }
    }

    public static void deleteTree(Path dir) {
        if (dir == null) return;
        unlock(dir);
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a staging folder is hidden and named .partial
        }
    }
}
