package nl.samenspel.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
            log.append(0, b("a,1\n"));
            log.append(1, b("b,2\n"));
        }
        long whole = Files.size(f);
        Files.write(f, b("@2 4 0000"), StandardOpenOption.APPEND);
        assertEquals(2, RecordLog.scan(f).entries().size(), "a header cut off mid-way is not a record");
        assertEquals(whole, RecordLog.scan(f).validEnd());
        try (RecordLog log = RecordLog.openForAppend(f)) {
            assertEquals(whole, Files.size(f), "reopening cuts the damaged tail");
            log.append(2, b("c,3\n"));
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
}
