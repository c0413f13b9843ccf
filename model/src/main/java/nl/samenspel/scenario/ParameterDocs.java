package nl.samenspel.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern LINE = Pattern.compile("^(\\s*)([a-z_0-9]+):\\s*([^#]*?)\\s*(?:#\\s*(.*))?$");
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ParameterDocs() {}

    /** Parses the commented parameter lines under {@code parameters:}. */
    public static ParameterDocs parse(String yaml) {
        ParameterDocs d = new ParameterDocs();
        List<String> path = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        boolean inParameters = false;
        int lineNo = 0;
        for (String line : yaml.split("\n", -1)) {
            lineNo++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) continue;
            int indent = m.group(1).length();
            if (indent == 0) {
                inParameters = m.group(2).equals("parameters");
                path.clear();
                indents.clear();
                continue;
            }
            if (!inParameters) continue;
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                path.remove(path.size() - 1);
            }
            String value = m.group(3);
            if (value.isEmpty()) {
                path.add(m.group(2));
                indents.add(indent);
                continue;
            }
            String key = String.join(".", path) + (path.isEmpty() ? "" : ".") + m.group(2);
            String comment = m.group(4);
            String[] parts = comment == null ? new String[0] : comment.split("\\s*\\|\\s*", 3);
            if (parts.length < 3 || parts[2].isBlank()) {
                d.problems.add("line " + lineNo + ": '" + key + "' needs a comment '# unit | meaning | source (or assumed)'");
                d.entries.put(key, new Entry(key, value, parts.length > 0 ? parts[0] : "", parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "", lineNo));
            } else {
                d.entries.put(key, new Entry(key, value, parts[0].trim(), parts[1].trim(), parts[2].trim(), lineNo));
            }
        }
        return d;
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
        return ScenarioCatalog.scenarios().find("baseline", null).map(s -> parse(s.text()))
                .orElseThrow(() -> new IllegalStateException("no baseline scenario found"));
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
            return java.util.Optional.of(parse(java.nio.file.Files.readString(p, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
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
