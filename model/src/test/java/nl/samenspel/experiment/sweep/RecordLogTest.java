package nl.samenspel.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLogTest {
    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCutOffOrDamagedTailIsIgnoredAndCutOnReopen() throws IOException {
        Path f = dir.resolve("p.log");
        try (RecordLog log = RecordLog.openForAppend(f)) {
            log.append(0, b("0,a\n"));
            log.append(1, b("1,b\n"));
        }
        long whole = Files.size(f);
        Files.write(f, b("@2 4 0000"), StandardOpenOption.APPEND);
        assertEquals(1, RecordLog.scan(f).damage().size(), "the cut-off tail is reported");
        assertTrue(RecordLog.scan(f).damage().get(0).tail());
        assertEquals(2, RecordLog.scan(f).entries().size(), "a header cut off mid-way is not a record");
        assertEquals(whole, RecordLog.scan(f).validEnd());
        try (RecordLog log = RecordLog.openForAppend(f)) {
            assertEquals(whole, Files.size(f), "reopening cuts the damaged tail");
            log.append(2, b("2,c\n"));
        }
        assertEquals(3, RecordLog.scan(f).entries().size());
        byte[] bytes = Files.readAllBytes(f);
        bytes[bytes.length - 2] ^= 1;
        Files.write(f, bytes);
        assertEquals(2, RecordLog.scan(f).entries().size(), "a record that fails its checksum is not a record");
    }

    @Test
    void aLogHasOneWriter() throws IOException {
        Path f = dir.resolve("q.log");
        try (RecordLog log = RecordLog.openForAppend(f)) {
            assertThrows(RecordLog.Busy.class, () -> RecordLog.openForAppend(f));
        }
    }

    private static Path threeRecords(Path f, int n) throws IOException {
        try (RecordLog log = RecordLog.openForAppend(f)) {
            for (int i = 0; i < n; i++) log.append(i, b(i + ",row" + i + "\n"));
        }
        return f;
    }

    /** Issue 9, defect 3: a flipped digit in a record's run id made one run appear twice and another vanish. */
    @Test
    void theRunIdIsInsideTheChecksum() throws IOException {
        Path f = threeRecords(dir.resolve("id.log"), 3);
        String text = Files.readString(f, StandardCharsets.US_ASCII);
        Files.writeString(f, text.replaceFirst("\n@1 ", "\n@2 "), StandardCharsets.US_ASCII);
        RecordLog.Scan s = RecordLog.scan(f);
        assertEquals(java.util.List.of(0L, 2L), s.entries().stream().map(RecordLog.Entry::runId).toList(), "the record with a changed id is damage, not run 2");
        assertEquals(1, s.damage().size(), s.damage().toString());
    }

    /** A record whose payload names another run than its header is refused, even with a good checksum. */
    @Test
    void theRunIdIsCheckedAgainstThePayload() throws IOException {
        Path f = dir.resolve("payload.log");
        try (RecordLog log = RecordLog.openForAppend(f)) {
            log.append(0, b("0,a\n"));
            log.append(5, b("1,b\n"));
            log.append(2, b("2,c\n"));
        }
        RecordLog.Scan s = RecordLog.scan(f);
        assertEquals(java.util.List.of(0L, 2L), s.entries().stream().map(RecordLog.Entry::runId).toList());
        assertTrue(s.damage().get(0).reason().contains("payload"), s.damage().toString());
    }

    /** Issue 9, defect 9: one damaged record in the middle is named by position; the valid records after it stay. */
    @Test
    void aDamagedRecordInTheMiddleIsNamedAndTheRecordsAfterItAreKept() throws IOException {
        Path f = threeRecords(dir.resolve("mid.log"), 5);
        long offset = RecordLog.scan(f).entries().get(2).offset();
        byte[] bytes = Files.readAllBytes(f);
        bytes[(int) offset + 2] ^= 0x20;
        Files.write(f, bytes);
        RecordLog.Scan s = RecordLog.scan(f);
        assertEquals(java.util.List.of(0L, 1L, 3L, 4L), s.entries().stream().map(RecordLog.Entry::runId).toList());
        assertEquals(1, s.damage().size());
        RecordLog.Damage d = s.damage().get(0);
        assertEquals(3, d.record(), "the third record");
        assertTrue(d.offset() < offset && d.offset() > 0, "at the byte where record 3 starts: " + d);
        assertTrue(d.describe(f).contains("byte " + d.offset()) && d.describe(f).contains(f.toString()), d.describe(f));
        try (RecordLog log = RecordLog.openForAppend(f)) {
            log.append(2, b("2,again\n"));
        }
        assertEquals(java.util.List.of(0L, 1L, 3L, 4L, 2L), RecordLog.scan(f).entries().stream().map(RecordLog.Entry::runId).toList(),
                "reopening keeps the records after the damage");
    }

    /**
     * A sweep that fails stops its workers by interrupting them, and a writer interrupted inside
     * the log closes its channel (FileChannel is interruptible). Closing the log after that must
     * not throw: its error replaced the full disk's in the message users got ("could not write
     * (null)", one SweepDiskFullTest run in 36). The records written before stay readable.
     */
    @Test
    void closingALogWhoseWriterWasInterruptedNeitherThrowsNorLosesItsRecords() throws IOException {
        Path f = dir.resolve("p.log");
        RecordLog log = RecordLog.openForAppend(f);
        log.append(0, b("0,a\n"));
        Thread.currentThread().interrupt();
        try {
            assertThrows(java.nio.channels.ClosedByInterruptException.class, () -> log.append(1, b("1,b\n")));
        } finally {
            Thread.interrupted(); // clears the flag for the rest of the test
        }
        log.close();
        log.close();
        assertEquals(1, RecordLog.scan(f).entries().size(), "the record written before the interrupt is kept");
        try (RecordLog again = RecordLog.openForAppend(f)) {
            again.append(1, b("1,b\n"));
        }
        assertEquals(2, RecordLog.scan(f).entries().size(), "and the log opens again for the rest");
    }
}
