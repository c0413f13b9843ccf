package nl.samenspel.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the documentation that {@code baseline.yaml} carries in its comments, one per parameter:
 * {@code key: value  # unit | meaning | source}. The parameter table of docs/model.md is made
 * from this, and reports name the <em>assumed</em> parameters from it, so file and docs agree.
 */
public final class ParameterDocs {
    /** One documented parameter. */
    public record Entry(String key, String value, String unit, String meaning, String source, int line) {
        /** True when no source gives the number (MODEL.md: such numbers are marked assumed). */
        public boolean assumed() {
            return source.toLowerCase(Locale.ROOT).contains("assumed");
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ParameterDocs() {}

    /**
     * Reads the comment after each parameter under {@code parameters:}, as {@link StrictYaml}
     * keeps it (the same parser that reads the values, so docs and values cannot disagree on
     * which key a line is). A file that does not parse has no docs, only a problem.
     */
    public static ParameterDocs parse(String yaml) {
        ParameterDocs d = new ParameterDocs();
        YamlNode root;
        try {
            root = StrictYaml.parse("parameter docs", yaml);
        } catch (ScenarioException e) {
            d.problems.add(e.getMessage());
            return d;
        }
        if (!(root instanceof YamlNode.MapNode m)) return d;
        for (YamlNode.Entry e : m.entries()) if (e.key().equals("parameters")) d.walk(e.value(), "");
        return d;
    }

    private void walk(YamlNode node, String prefix) {
        if (!(node instanceof YamlNode.MapNode m)) return;
        for (YamlNode.Entry e : m.entries()) {
            String key = prefix + e.key();
            if (!(e.value() instanceof YamlNode.Scalar s)) {
                walk(e.value(), key + ".");
                continue;
            }
            String[] parts = e.comment().isEmpty() ? new String[0] : e.comment().split("\\s*\\|\\s*", 3);
            if (parts.length < 3 || parts[2].isBlank()) {
                problems.add("line " + e.line() + ": '" + key + "' needs a comment '# unit | meaning | source (or assumed)'");
            }
            entries.put(key, new Entry(key, s.text(), part(parts, 0), part(parts, 1), part(parts, 2), e.line()));
        }
    }

    private static String part(String[] parts, int i) {
        return parts.length > i ? parts[i].trim() : "";
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public Entry entry(String key) {
        return entries.get(key);
    }

    /** The entries whose source says assumed, in file order. */
    public List<Entry> assumed() {
        return entries.values().stream().filter(Entry::assumed).toList();
    }

    /** The docs of the baseline that the catalog finds (./scenarios, then built in). */
    public static ParameterDocs baseline() {
        try {
            return ScenarioCatalog.scenarios().find("baseline", null).map(s -> parse(s.text()))
                    .orElseThrow(() -> new IllegalStateException("no baseline scenario found"));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    /**
     * The docs of the file a {@link Setting} names: a path, or a built-in scenario shown as
     * {@code scenarios/x.yaml (built in)}. Empty when it cannot be read (e.g. {@code --set}).
     */
    public static java.util.Optional<ParameterDocs> ofFile(String displayName) {
        String builtIn = " (built in)";
        try {
            if (displayName.endsWith(builtIn)) {
                String resource = "/" + displayName.substring(0, displayName.length() - builtIn.length());
                try (java.io.InputStream in = ParameterDocs.class.getResourceAsStream(resource)) {
                    return in == null ? java.util.Optional.empty()
                            : java.util.Optional.of(parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
            java.nio.file.Path p = java.nio.file.Path.of(displayName);
            if (!java.nio.file.Files.isRegularFile(p)) return java.util.Optional.empty();
            return java.util.Optional.of(parse(InputFiles.read(p)));
        } catch (ScenarioException | java.io.IOException | java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    /** Lines whose documentation is incomplete. */
    public List<String> problems() {
        return problems;
    }

    /** The parameter table of docs/model.md, in Markdown. */
    public String markdownTable() {
        StringBuilder s = new StringBuilder("| parameter | default | unit | allowed | meaning | source |\n|---|---|---|---|---|---|\n");
        ParameterSchema schema = ParameterSchema.get();
        for (Entry e : entries.values()) {
            ParameterSchema.Spec spec = schema.spec(e.key());
            String source = e.assumed() ? "*" + e.source() + "*" : e.source();
            s.append("| `").append(e.key()).append("` | ").append(e.value()).append(" | ").append(e.unit()).append(" | ")
                    .append(spec == null ? "?" : spec.rangeText().replace("|", "\\|")).append(" | ")
                    .append(e.meaning().replace("|", "\\|")).append(" | ").append(source.replace("|", "\\|")).append(" |\n");
        }
        return s.toString();
    }
}
