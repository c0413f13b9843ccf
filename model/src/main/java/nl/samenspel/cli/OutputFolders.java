package nl.samenspel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Checks on output folders before any work starts, so a bad --out costs nothing. */
final class OutputFolders {
    private OutputFolders() {}

    /** The folder must not exist, or be empty, and its parent must be writable. */
    static void requireFresh(Path dir) {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) throw new UserError(dir + ": exists and is not a folder (choose another --out)");
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) throw new UserError(dir + ": folder exists and is not empty; nothing was overwritten (choose another --out or remove it)");
            } catch (IOException e) {
                throw new UserError(dir + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        Path parent = dir.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) parent = parent.getParent();
        if (parent == null || !Files.isWritable(parent) || !Files.isDirectory(parent)) {
            throw new UserError(dir + ": cannot write here (" + parent + " is not a writable folder; choose another --out)");
        }
    }
}
