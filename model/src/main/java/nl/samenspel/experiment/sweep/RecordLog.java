package nl.samenspel.experiment.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import nl.samenspel.output.AtomicFiles;

/**
 * An append-only log of finished runs, safe against {@code kill -9} and power loss. Each record
 * is a header line {@code @<run_id> <length> <crc32>} followed by exactly {@code length} payload
 * bytes, written with one {@code write} and forced to disk before the run counts as done. The
 * checksum covers {@code @<run_id> <length> } and the payload, so a damaged run id is damage too,
 * and the payload must itself begin with {@code <run_id>,} (a CSV row or block of rows).
 *
 * <p>A reader keeps every valid record: after a damaged one it looks for the next valid header,
 * and reports the damage with its byte offset and record number. A writer that reopens the log
 * cuts off only what follows the last valid record (a kill mid-write).
 *
 * <p>One process writes a log: it holds an OS record lock on the file for as long as it writes.
 * POSIX locks belong to the process and go with <em>any</em> close of the file, so the writer
 * scans through the same descriptor it locked and never opens the file a second time. The lock
 * dies with the process, so a resume after {@code kill -9} needs no manual step; who holds it is
 * written next to the log ({@code .owner}), only to tell a second process.
 */
public final class RecordLog implements Closeable {
    /** Where a valid record's payload sits in its file. */
    public record Entry(long runId, long offset, int length) {}

    /**
     * Bytes that are not a valid record: from {@code offset}, {@code length} bytes, where record
     * number {@code record} (1-based) was expected; {@code tail} if nothing valid follows.
     */
    public record Damage(long offset, long length, int record, boolean tail, String reason) {
        public String describe(Path file) {
            return String.format(Locale.ROOT, "%s: damaged record at byte %d (record %d, %d bytes: %s)%s", file, offset, record, length, reason,
                    tail ? "; nothing valid after it (a write cut off by a kill, or a damaged last record)" : "; the valid records after it are kept");
        }
    }

    /** The valid records of a log, its damage, and the byte where the last valid record ends. */
    public record Scan(List<Entry> entries, List<Damage> damage, long validEnd) {
        /** Damage in the middle of the log (not just a cut-off last write). */
        public List<Damage> inner() {
            return damage.stream().filter(d -> !d.tail()).toList();
        }
    }

    /** Another process holds the log. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    static final String OWNER = ".owner";
    private static final int MAX_HEAD = 64;
    private final FileChannel channel;
    private final FileLock lock;
    private final Scan scan;

    private RecordLog(FileChannel channel, FileLock lock, Scan scan) {
        this.channel = channel;
        this.lock = lock;
        this.scan = scan;
    }

    /**
     * Opens a log for appending, locked for this process; cuts off a damaged tail.
     *
     * @throws Busy if another process holds it (the message says which, and since when)
     */
    public static RecordLog openForAppend(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        try {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) throw new Busy(file + " is in use by another process (" + owner(file) + "); it is still running: wait for it to finish, "
                    + "or give this one another --shard or --out");
            Scan s = scan(ch);
            if (ch.size() > s.validEnd()) {
                ch.truncate(s.validEnd());
                ch.force(true);
            }
            ch.position(s.validEnd());
            AtomicFiles.write(ownerFile(file), String.format(Locale.ROOT, "pid %d on %s, since %s", ProcessHandle.current().pid(), host(), Instant.now()));
            return new RecordLog(ch, lock, s);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** What this log held when it was opened (read through the locked descriptor). */
    public Scan opened() {
        return scan;
    }

    /** Appends one record and forces it to disk; returns when the record is durable. */
    public synchronized void append(long runId, byte[] payload) throws IOException {
        String prefix = String.format(Locale.ROOT, "@%d %d ", runId, payload.length);
        byte[] head = (prefix + String.format(Locale.ROOT, "%08x\n", checksum(prefix, payload, 0, payload.length))).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buf = ByteBuffer.allocate(head.length + payload.length).put(head).put(payload).flip();
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(false);
    }

    /**
     * Releases the lock and closes the log. A channel already closed (a writer interrupted while
     * the sweep stopped after a failure closes it, and its lock with it) is left as it is: releasing
     * the lock again would throw, and that error would hide the failure that stopped the sweep.
     */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) return;
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Reads a log's valid records and its damage. Do not call on a log this process has open for append: use {@link #opened}. */
    public static Scan scan(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return scan(ch);
        } catch (NoSuchFileException e) {
            return new Scan(List.of(), List.of(), 0);
        }
    }

    private static Scan scan(FileChannel ch) throws IOException {
        Reader in = new Reader(ch);
        List<Entry> entries = new ArrayList<>();
        List<Damage> damage = new ArrayList<>();
        long pos = 0;
        long end = 0;
        while (pos < in.size) {
            Object r = record(in, pos);
            if (r instanceof Entry e) {
                entries.add(e);
                pos = end = e.offset() + e.length();
                continue;
            }
            long next = pos + 1;
            while (next < in.size && !(in.at(next) == '@' && record(in, next) instanceof Entry)) next++;
            damage.add(new Damage(pos, next - pos, entries.size() + damage.size() + 1, next >= in.size, (String) r));
            pos = next;
        }
        return new Scan(entries, damage, end);
    }

    /** The record at {@code pos}, or why there is none. */
    private static Object record(Reader in, long pos) throws IOException {
        if (in.at(pos) != '@') return "no record header";
        StringBuilder head = new StringBuilder();
        long p = pos;
        for (int c; (c = in.at(p)) != '\n'; p++) {
            if (c < 0) return "cut off in its header";
            if (head.length() > MAX_HEAD) return "header too long";
            head.append((char) c);
        }
        String[] f = head.substring(1).split(" ", -1);
        if (f.length != 3) return "unreadable header";
        long id;
        long len;
        long crc;
        try {
            id = Long.parseLong(f[0]);
            len = Long.parseLong(f[1]);
            crc = Long.parseLong(f[2], 16);
        } catch (NumberFormatException e) {
            return "unreadable header";
        }
        if (id < 0 || len < 0 || len > Integer.MAX_VALUE || !f[0].equals(Long.toString(id)) || !f[1].equals(Long.toString(len))) return "unreadable header";
        long start = p + 1;
        if (start + len > in.size) return "cut off: " + len + " bytes announced, " + (in.size - start) + " there";
        String prefix = "@" + f[0] + " " + f[1] + " ";
        CRC32 c = new CRC32();
        c.update(prefix.getBytes(StandardCharsets.US_ASCII));
        in.checksum(c, start, (int) len);
        if (c.getValue() != crc) return "checksum does not match";
        byte[] idText = (id + ",").getBytes(StandardCharsets.US_ASCII);
        if (len < idText.length) return "payload too short for run " + id;
        for (int i = 0; i < idText.length; i++) if (in.at(start + i) != idText[i]) return "the payload is not run " + id;
        return new Entry(id, start, (int) len);
    }

    private static long checksum(String prefix, byte[] payload, int from, int len) {
        CRC32 c = new CRC32();
        c.update(prefix.getBytes(StandardCharsets.US_ASCII));
        c.update(payload, from, len);
        return c.getValue();
    }

    private static Path ownerFile(Path log) {
        return log.resolveSibling(log.getFileName() + OWNER);
    }

    /**
     * Who holds a log, as it wrote next to it. The holder writes this just after it takes the
     * lock, and a note may be left by a holder that was killed, so a note missing or naming a
     * dead process on this host is read again for a moment.
     */
    private static String owner(Path log) {
        long until = System.nanoTime() + 3_000_000_000L;
        while (true) {
            String note = null;
            try {
                note = Files.readString(ownerFile(log), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                // not written yet
            }
            if (note != null && !deadHereNote(note)) return note;
            if (System.nanoTime() > until) return "it has not said who it is";
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "it has not said who it is";
            }
        }
    }

    private static boolean deadHereNote(String note) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("pid (\\d+) on (\\S+),").matcher(note);
        if (!m.find() || !m.group(2).equals(host())) return false;
        return ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String name = ManagementFactory.getRuntimeMXBean().getName();
            return name.contains("@") ? name.substring(name.indexOf('@') + 1) : "unknown host";
        }
    }

    /** Random access to a channel through one block-sized window, so scanning costs few reads. */
    private static final class Reader {
        private static final int BLOCK = 1 << 16;
        final long size;
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocate(BLOCK);
        private long bufStart = -1;

        Reader(FileChannel ch) throws IOException {
            this.ch = ch;
            this.size = ch.size();
        }

        /** The byte at {@code p}, or -1 past the end. */
        int at(long p) throws IOException {
            if (p >= size) return -1;
            if (bufStart < 0 || p < bufStart || p >= bufStart + buf.limit()) fill(p);
            return buf.get((int) (p - bufStart)) & 0xFF;
        }

        void checksum(CRC32 c, long from, int len) throws IOException {
            long p = from;
            long end = from + len;
            while (p < end) {
                at(p);
                int off = (int) (p - bufStart);
                int n = (int) Math.min(buf.limit() - off, end - p);
                c.update(buf.array(), off, n);
                p += n;
            }
        }

        private void fill(long p) throws IOException {
            buf.clear();
            while (buf.hasRemaining()) {
                if (ch.read(buf, p + buf.position()) < 0) break;
            }
            buf.flip();
            bufStart = p;
        }
    }
}
