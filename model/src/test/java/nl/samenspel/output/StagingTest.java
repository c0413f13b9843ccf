package nl.samenspel.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging folders left by kill -9 are removed when no live process holds them, and named when that cannot be told. */
class StagingTest {
    @TempDir
    Path tmp;

    @Test
    void staleStagingFoldersAreRemovedLiveOnesKeptUnknownOnesNamed() throws IOException {
        Path target = tmp.resolve("out");
        // As a killed process leaves it: a lock file nobody holds, and half the outputs.
        Path killed = Files.createDirectories(tmp.resolve(".out.partial-111"));
        Files.writeString(killed.resolve(AtomicFiles.STAGING_LOCK), "");
        Files.writeString(killed.resolve("weekly.csv"), "week\n1\n");
        // From an older version: no lock, so no way to tell whether it is still being written.
        Path unknown = Files.createDirectories(tmp.resolve(".out.partial-222"));
        Files.writeString(unknown.resolve("weekly.csv"), "week\n");
        // Live: staged by this process for another command that is still writing.
        Path live = AtomicFiles.stage(target);

        Path mine = AtomicFiles.stage(target);
        assertFalse(Files.exists(killed), "a folder whose lock no process holds is removed");
        assertTrue(Files.exists(unknown) && Files.exists(live));
        assertEquals(List.of(unknown), AtomicFiles.removeStale(target), "the unknown one is named; the live one is not touched");

        AtomicFiles.write(mine.resolve("summary.csv"), "a\n");
        AtomicFiles.publish(mine, target);
        assertFalse(Files.exists(target.resolve(AtomicFiles.STAGING_LOCK)), "the lock is not published with the outputs");
        assertTrue(Files.isRegularFile(target.resolve("summary.csv")));
        AtomicFiles.deleteTree(live);
        assertFalse(Files.exists(live));
    }
}
