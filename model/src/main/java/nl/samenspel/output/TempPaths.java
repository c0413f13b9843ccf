package nl.samenspel.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * New files and folders with unique names beside the outputs they become, without
 * {@link Files#createTempFile}: its SecureRandom loads and seeds the security providers, a tenth
 * of a one-year run's start-up. These names must be unique, not secret (they live in the user's
 * own output folder), so a fast random suffix and an exclusive create are enough.
 */
public final class TempPaths {
    private TempPaths() {}

    /** Creates a new empty file {@code dir/prefix<random>suffix}. */
    public static Path file(Path dir, String prefix, String suffix) throws IOException {
        while (true) {
            try {
                return Files.createFile(dir.resolve(prefix + suffix() + suffix));
            } catch (FileAlreadyExistsException e) {
                // another process (or thread) drew the same name: draw again
            }
        }
    }

    /** Creates a new empty folder {@code dir/prefix<random>}. */
    public static Path directory(Path dir, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(dir.resolve(prefix + suffix()));
            } catch (FileAlreadyExistsException e) {
                // drawn before: draw again
            }
        }
    }

    private static String suffix() {
        return Long.toUnsignedString(ThreadLocalRandom.current().nextLong());
    }
}
