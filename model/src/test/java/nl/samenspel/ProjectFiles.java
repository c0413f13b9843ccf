package nl.samenspel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.scenario.ScenarioCatalog;

/** The project's own folders, found from the test's working directory (the model module). */
public final class ProjectFiles {
    private ProjectFiles() {}

    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isDirectory(p.resolve("scenarios")) && Files.isRegularFile(p.resolve("pom.xml")))) p = p.getParent();
        if (p == null) throw new IllegalStateException("project root not found from " + Path.of("").toAbsolutePath());
        return p;
    }

    /** The care scenarios shipped in scenarios/ (by name, as the catalog lists them). */
    public static List<String> scenarioNames() {
        return new ScenarioCatalog("scenarios", List.of(root().resolve("scenarios"))).names();
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
