package nl.samenspel.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where named scenarios are found: first a {@code scenarios/} folder in the working directory
 * (so a user adds a scenario by dropping a file there), then the scenarios built into the jar.
 * The same lookup serves experiment files under {@code experiments/}.
 */
public final class ScenarioCatalog {
    /**
     * A scenario's text, the name to show for it in messages, and its identity: the file's real
     * path (so {@code ./a.yaml} and {@code ../dir/a.yaml} are one file), or the built-in name.
     */
    public record Source(String displayName, String text, Path directory, String identity) {
        public Source(String displayName, String text, Path directory) {
            this(displayName, text, directory, displayName);
        }
    }

    /**
     * Files in scenarios/ that are not care scenarios: bystander.yaml holds the classroom
     * experiment's fit (nl.samenspel.classroom.BystanderFitFile) and is read by its own reader;
     * calibration.yaml holds the free parameters and targets of 'samenspel calibrate'.
     */
    public static final java.util.Set<String> NOT_SCENARIOS = java.util.Set.of("bystander", "calibration");

    private final String folder;
    private final List<Path> directories;

    public ScenarioCatalog(String folder, List<Path> directories) {
        this.folder = folder;
        this.directories = List.copyOf(directories);
    }

    /** The default catalog for scenarios: ./scenarios, then the built-in ones. */
    public static ScenarioCatalog scenarios() {
        return new ScenarioCatalog("scenarios", List.of(Path.of("scenarios")));
    }

    public static ScenarioCatalog experiments() {
        return new ScenarioCatalog("experiments", List.of(Path.of("experiments")));
    }

    public Optional<Source> find(String name, Path preferredDirectory) throws ScenarioException {
        if (!name.matches("[A-Za-z0-9_-]+")) return Optional.empty();
        if (folder.equals("scenarios") && NOT_SCENARIOS.contains(name)) return Optional.empty();
        List<Path> dirs = new ArrayList<>();
        if (preferredDirectory != null) dirs.add(preferredDirectory);
        dirs.addAll(directories);
        for (Path dir : dirs) {
            Path f = dir.resolve(name + ".yaml");
            if (Files.exists(f) || Files.isSymbolicLink(f)) return Optional.of(readFile(f));
        }
        try (InputStream in = ScenarioCatalog.class.getResourceAsStream("/" + folder + "/" + name + ".yaml")) {
            if (in == null) return Optional.empty();
            return Optional.of(new Source(folder + "/" + name + ".yaml (built in)", new String(in.readAllBytes(), StandardCharsets.UTF_8), null));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads a file strictly ({@link InputFiles}); a file that cannot be read is a {@link ScenarioException}. */
    public static Source readFile(Path f) throws ScenarioException {
        String text = InputFiles.read(f);
        String identity;
        try {
            identity = f.toRealPath().toString();
        } catch (IOException e) {
            identity = f.toAbsolutePath().normalize().toString();
        }
        return new Source(f.toString(), text, f.toAbsolutePath().getParent(), identity);
    }

    /** Every name this catalog can find, sorted. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        for (Path dir : directories) addNames(dir, names);
        URL url = ScenarioCatalog.class.getResource("/" + folder);
        if (url != null) {
            try {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                    addNames(fs.getPath("/" + folder), names);
                } else {
                    addNames(Path.of(uri), names);
                }
            } catch (IOException | URISyntaxException e) {
                // The built-in list is a convenience; lookups by name still work.
            }
        }
        if (folder.equals("scenarios")) names.removeAll(NOT_SCENARIOS);
        return new ArrayList<>(names);
    }

    private static void addNames(Path dir, TreeSet<String> names) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(n -> names.add(n.substring(0, n.length() - 5)));
        } catch (IOException e) {
            // unreadable folder: nothing to list
        }
    }
}
