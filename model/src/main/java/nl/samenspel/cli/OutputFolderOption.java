package nl.samenspel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Option;

/** The --out folder of commands that write a results folder, checked before any work starts. */
public final class OutputFolderOption {
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: a new folder under runs/). Must not exist or be empty.")
    Path out;

    /** --out, or a new folder runs/LABEL-TIME; refused (exit 2) if it is not empty or cannot be written. */
    Path fresh(String label) {
        Path dir = out != null ? out : defaultFolder(label);
        OutputFolders.requireFresh(dir);
        return dir;
    }

    static Path defaultFolder(String label) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String safe = label.replaceAll("[^A-Za-z0-9+_-]", "_");
        Path p = Path.of("runs", safe + "-" + stamp);
        for (int i = 2; Files.exists(p); i++) p = Path.of("runs", safe + "-" + stamp + "-" + i);
        return p;
    }
}
