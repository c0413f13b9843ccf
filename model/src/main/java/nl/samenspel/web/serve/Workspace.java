package nl.samenspel.web.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.web.Refusal;

/**
 * The folder of the web app's comparisons ({@code runs/web/} by default): one ordinary compare
 * folder per comparison, named by its id. The client names entries by id only; an id is checked
 * against one pattern and must name a folder directly inside the workspace, so no request reaches
 * a path the server did not make.
 */
public final class Workspace {
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
    public static final String FILE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    /** What the web app adds to a compare folder: its title and the command, for the list. */
    public static final String WEB_JSON = "web.json";
    static final String JOBS = ".jobs";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path root;

    /** One finished comparison as the list shows it. */
    public record Entry(String id, String title, String date, List<String> scenarios) {}

    public Workspace(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
        // Jobs of a server that stopped mid-run: their folders were never published, so nothing is lost.
        AtomicFiles.deleteTree(this.root.resolve(JOBS));
    }

    public Path root() {
        return root;
    }

    public String newId() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder(stamp).append('-');
        for (int i = 0; i < 4; i++) b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        return b.toString();
    }

    static String checkId(String id) {
        if (id == null || !id.matches(ID_PATTERN)) throw Refusal.notFound("no comparison '" + ComparisonForm.shorten(id) + "'");
        return id;
    }

    /** The folder of a finished comparison, if there is one with this id. */
    public Optional<Path> folder(String id) {
        Path p = root.resolve(checkId(id)).normalize();
        if (!p.getParent().equals(root) || !Files.isDirectory(p) || !Files.isRegularFile(p.resolve("manifest.json"))) return Optional.empty();
        return Optional.of(p);
    }

    /** Where a comparison is staged while it waits and runs (hidden, removed when published). */
    public Path jobDir(String id) {
        return root.resolve(JOBS).resolve(checkId(id));
    }

    /** The target folder a job publishes into. */
    Path target(String id) {
        return root.resolve(checkId(id));
    }

    /** A file of a finished comparison, named as listed (no separators, no dot files). */
    public Optional<Path> file(String id, String name) {
        if (name == null || !name.matches(FILE_PATTERN)) return Optional.empty();
        return folder(id).map(f -> f.resolve(name)).filter(Files::isRegularFile);
    }

    /** The files directly in a comparison's folder, sorted. */
    public List<String> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.matches(FILE_PATTERN)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Every finished comparison, newest first (made here or by {@code samenspel compare --out} into this folder). */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.filter(Files::isDirectory).toList()) {
                String id = p.getFileName().toString();
                if (!id.matches(ID_PATTERN)) continue;
                entry(id, p).ifPresent(out::add);
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Entry::date).reversed());
        return out;
    }

    Optional<Entry> entry(String id, Path p) {
        try {
            JsonNode m = JSON.readTree(p.resolve("manifest.json").toFile());
            if (m == null || !"compare".equals(m.path("kind").asText())) return Optional.empty();
            List<String> names = new ArrayList<>();
            for (JsonNode s : m.path("scenarios")) names.add(s.path("name").asText());
            String title = "";
            Path web = p.resolve(WEB_JSON);
            if (Files.isRegularFile(web)) title = JSON.readTree(web.toFile()).path("title").asText("");
            String when = m.path("finished").asText(m.path("started").asText(""));
            // ISO instants sort as text; the list shows them to the minute (UTC).
            return Optional.of(new Entry(id, title, when.length() >= 16 ? when.substring(0, 16).replace('T', ' ') + " UTC" : when, names));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void writeJson(Path file, Object value) throws IOException {
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n");
    }
}
