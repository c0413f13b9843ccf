package nl.samenspel.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario file strictly: {@link StrictYaml} parses it (one document, limits, lines kept),
 * then its shape is checked here: top-level keys {@link #TOP_KEYS}, parameters as in
 * {@link ParameterSchema}. Every problem is collected, each naming file, line and key; the caller
 * decides whether to go on.
 */
public final class ScenarioReader {
    static final List<String> TOP_KEYS = List.of("name", "title", "description", "bases", "sources", "parameters");
    private final ParameterSchema schema = ParameterSchema.get();

    public ScenarioFile read(String file, String text, List<ScenarioProblem> problems) {
        String name = null;
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, String> description = new LinkedHashMap<>();
        List<String> bases = new ArrayList<>();
        int basesLine = 0;
        List<String> sources = new ArrayList<>();
        List<Setting> settings = new ArrayList<>();
        YamlNode root;
        try {
            root = StrictYaml.parse(file, text);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return new ScenarioFile(file, name, title, description, bases, basesLine, sources, settings);
        }
        if (!(root instanceof YamlNode.MapNode m)) {
            problems.add(new ScenarioProblem(file, root.line(), "", "a scenario file must be a map of keys, not " + root.kind(), "see scenarios/baseline.yaml"));
            return new ScenarioFile(file, name, title, description, bases, basesLine, sources, settings);
        }
        for (YamlNode.Entry e : m.entries()) {
            switch (e.key()) {
                case "name" -> name = YamlFields.text(file, e, problems);
                case "title" -> readLanguages(file, e, title, problems);
                case "description" -> readLanguages(file, e, description, problems);
                case "bases" -> {
                    basesLine = e.line();
                    YamlFields.strings(file, e, bases, problems);
                }
                case "sources" -> YamlFields.strings(file, e, sources, problems);
                case "parameters" -> readParameters(file, e, "", settings, new HashSet<>(), problems);
                default -> problems.add(ScenarioProblem.unknownKey(file, e.line(), e.key(), TOP_KEYS));
            }
        }
        return new ScenarioFile(file, name, title, description, bases, basesLine, sources, settings);
    }

    private void readParameters(String file, YamlNode.Entry section, String prefix, List<Setting> out, Set<String> seen, List<ScenarioProblem> problems) {
        String sectionKey = prefix.isEmpty() ? "parameters" : prefix.substring(0, prefix.length() - 1);
        if (!(section.value() instanceof YamlNode.MapNode m)) {
            problems.add(new ScenarioProblem(file, section.line(), sectionKey, "is a section: give it keys, not " + section.value().kind(), "see scenarios/baseline.yaml"));
            return;
        }
        for (YamlNode.Entry e : m.entries()) {
            String key = prefix + e.key();
            if (!seen.add(key)) problems.add(new ScenarioProblem(file, e.line(), key, "is given twice", "keep one"));
            ParameterSchema.Spec spec = schema.spec(key);
            if (spec == null && schema.isSection(key)) {
                readParameters(file, e, key + ".", out, seen, problems);
                continue;
            }
            if (spec == null) {
                problems.add(new ScenarioProblem(file, e.line(), key, "unknown parameter", schema.hintFor(key)));
                continue;
            }
            if (!(e.value() instanceof YamlNode.Scalar s)) {
                problems.add(new ScenarioProblem(file, e.line(), key, "expected a single value, got " + e.value().kind(), "allowed: " + spec.rangeText()));
                continue;
            }
            Object value = s.value();
            String err = spec.check(value);
            if (err != null) problems.add(new ScenarioProblem(file, e.line(), key, err, spec.hint(value)));
            else out.add(new Setting(key, normalise(spec, value), file, e.line()));
        }
    }

    /** Integers as Long, numbers as Double, so that equal values compare and print alike. */
    public static Object normalise(ParameterSchema.Spec spec, Object value) {
        return switch (spec.type()) {
            case INTEGER -> ((Number) value).longValue();
            case NUMBER -> ((Number) value).doubleValue();
            default -> value;
        };
    }

    /** Parses one value written on the command line, by the same rules as a value in a file. */
    public static Object parseValue(String text) {
        String t = text.strip();
        if (t.length() >= 2 && (t.startsWith("'") && t.endsWith("'") || t.startsWith("\"") && t.endsWith("\""))) return t.substring(1, t.length() - 1);
        return YamlScalars.resolve(t);
    }

    private static void readLanguages(String file, YamlNode.Entry e, Map<String, String> out, List<ScenarioProblem> problems) {
        if (e.value() instanceof YamlNode.Scalar s) {
            out.put("en", s.text());
            return;
        }
        if (!(e.value() instanceof YamlNode.MapNode m)) {
            problems.add(new ScenarioProblem(file, e.line(), e.key(), "expected text, or a map of languages (en, nl) to text", null));
            return;
        }
        for (YamlNode.Entry l : m.entries()) {
            if (!l.key().equals("en") && !l.key().equals("nl")) {
                problems.add(new ScenarioProblem(file, l.line(), e.key() + "." + l.key(), "unknown language", "use en or nl"));
            } else if (l.value() instanceof YamlNode.Scalar s) {
                out.put(l.key(), s.text());
            } else {
                problems.add(new ScenarioProblem(file, l.line(), e.key() + "." + l.key(), "expected text", null));
            }
        }
    }
}
