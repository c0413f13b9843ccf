package nl.samenspel.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The comments on parameter lines of a scenario file, by the house convention
 * {@code key: value  # unit | meaning | source-or-assumed}. Reports and generated docs read them
 * here, so that a number's source is written once, next to the number.
 */
public final class ParameterDocs {
    /** One documented parameter line. */
    public record Doc(String key, String unit, String meaning, String source, int line) {
        /** True when no source gives the number, or only its direction (e.g. "000:289 (size assumed)"). */
        public boolean assumed() {
            return source.toLowerCase(Locale.ROOT).contains("assumed");
        }
    }

    private static final java.util.regex.Pattern LINE =
            java.util.regex.Pattern.compile("^( *)([A-Za-z0-9_]+):([^#]*)(?:#(.*))?$");
    private final Map<String, Doc> docs;

    private ParameterDocs(Map<String, Doc> docs) {
        this.docs = Collections.unmodifiableMap(docs);
    }

    /** Reads the comments of the {@code parameters} section of a scenario file's text. */
    public static ParameterDocs parse(String text) {
        Map<String, Doc> out = new LinkedHashMap<>();
        Deque<int[]> indents = new ArrayDeque<>();
        Deque<String> sections = new ArrayDeque<>();
        boolean inParameters = false;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            Matcher m = LINE.matcher(lines[n].stripTrailing());
            if (!m.matches()) continue;
            int indent = m.group(1).length();
            String key = m.group(2);
            boolean section = m.group(3).isBlank();
            if (indent == 0) {
                inParameters = key.equals("parameters");
                indents.clear();
                sections.clear();
                continue;
            }
            if (!inParameters) continue;
            while (!indents.isEmpty() && indents.peek()[0] >= indent) {
                indents.pop();
                sections.pop();
            }
            if (section) {
                indents.push(new int[] {indent});
                sections.push(key);
                continue;
            }
            List<String> path = new ArrayList<>(sections);
            Collections.reverse(path);
            path.add(key);
            String comment = m.group(4) == null ? "" : m.group(4);
            String[] parts = comment.split("\\|", -1);
            String dotted = String.join(".", path);
            out.put(dotted, new Doc(dotted, part(parts, 0), part(parts, 1), part(parts, 2), n + 1));
        }
        return new ParameterDocs(out);
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i].strip() : "";
    }

    /**
     * The docs of the file a {@link Setting} names: a path, or a built-in scenario shown as
     * {@code scenarios/x.yaml (built in)}. Empty when the file cannot be read (e.g. {@code --set}).
     */
    public static Optional<ParameterDocs> ofFile(String displayName) {
        String builtIn = " (built in)";
        if (displayName.endsWith(builtIn)) {
            String resource = "/" + displayName.substring(0, displayName.length() - builtIn.length());
            try (InputStream in = ParameterDocs.class.getResourceAsStream(resource)) {
                return in == null ? Optional.empty() : Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path p = Path.of(displayName);
        if (!Files.isRegularFile(p)) return Optional.empty();
        try {
            return Optional.of(parse(Files.readString(p, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The docs of the baseline file that the catalog finds (./scenarios, then built in). */
    public static ParameterDocs baseline() {
        return ScenarioCatalog.scenarios().find("baseline", null).map(s -> parse(s.text()))
                .orElseThrow(() -> new IllegalStateException("no baseline scenario found"));
    }

    public Optional<Doc> get(String key) {
        return Optional.ofNullable(docs.get(key));
    }

    /** Every documented parameter, in file order. */
    public List<Doc> all() {
        return List.copyOf(docs.values());
    }

    public List<Doc> assumed() {
        return docs.values().stream().filter(Doc::assumed).toList();
    }
}
