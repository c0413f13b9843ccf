package nl.samenspel.experiment.sweep;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * An append-only log of finished runs, safe against {@code kill -9} and power loss. Each record
 * is a header line {@code @<run_id> <length> <crc32>} followed by exactly {@code length} payload
 * bytes, written with one {@code write} and forced to disk before the run counts as done.
 * Records are only ever appended, so damage can only be at the end: a reader accepts records up
 * to the first one that is incomplete or fails its checksum, and a writer that reopens the log
 * first cuts it back to that point. A kill at any moment therefore leaves only whole records.
 */
public final class RecordLog implements Closeable {
    /** Where a valid record's payload sits in its file. */
    public record Entry(long runId, long offset, int length) {}

    /** The valid records of a log, and the byte where the valid part ends. */
    public record Scan(List<Entry> entries, long validEnd) {}

    /** Another process holds the log. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private RecordLog(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Opens a log for appending; cuts off a damaged tail. Fails if another process holds it. */
    public static RecordLog openForAppend(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new Busy(file + " is being written by another sweep process (one process per part: give each a different --shard, or wait)");
        }
        long end = scan(file).validEnd();
        if (ch.size() > end) {
            ch.truncate(end);
            ch.force(true);
        }
        ch.position(end);
        return new RecordLog(ch, lock);
    }

    /** Appends one record and forces it to disk; returns when the record is durable. */
    public synchronized void append(long runId, byte[] payload) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(payload);
        byte[] head = String.format(java.util.Locale.ROOT, "@%d %d %08x\n", runId, payload.length, crc.getValue()).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buf = ByteBuffer.allocate(head.length + payload.length).put(head).put(payload).flip();
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Reads a log's valid records, stopping at the first damaged or incomplete one. */
    public static Scan scan(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) return new Scan(entries, 0);
        long pos = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            while (true) {
                String head = readLine(in);
                if (head == null) break;
                long[] h = parseHead(head);
                if (h == null) break;
                byte[] payload = in.readNBytes((int) h[1]);
                if (payload.length < h[1]) break;
                CRC32 crc = new CRC32();
                crc.update(payload);
                if (crc.getValue() != h[2]) break;
                long headLen = head.length() + 1;
                entries.add(new Entry(h[0], pos + headLen, payload.length));
                pos += headLen + payload.length;
            }
        }
        return new Scan(entries, pos);
    }

    /** A header line without its newline, or null if the file ends before one. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(40);
        for (int c; (c = in.read()) >= 0; ) {
            if (c == '\n') return b.toString(StandardCharsets.US_ASCII);
            if (b.size() > 64) return "";
            b.write(c);
        }
        return null;
    }

    private static long[] parseHead(String head) {
        if (!head.startsWith("@")) return null;
        String[] f = head.substring(1).split(" ");
        if (f.length != 3) return null;
        try {
            long id = Long.parseLong(f[0]);
            long len = Long.parseLong(f[1]);
            long crc = Long.parseLong(f[2], 16);
            return id < 0 || len < 0 || len > Integer.MAX_VALUE ? null : new long[] {id, len, crc};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
