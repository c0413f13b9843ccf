package nl.samenspel.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario file strictly. The YAML is walked token by token, so that every value keeps
 * its line; only plain scalars, lists and maps are read (no tags, no classes). Every problem is
 * collected, each naming file, line and key; the caller decides whether to go on.
 */
public final class ScenarioReader {
    static final List<String> TOP_KEYS = List.of("name", "title", "description", "bases", "sources", "parameters");
    private static final YAMLFactory YAML = new YAMLFactory();
    private final ParameterSchema schema = ParameterSchema.get();

    public ScenarioFile read(String file, String text, List<ScenarioProblem> problems) {
        String name = null;
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, String> description = new LinkedHashMap<>();
        List<String> bases = new ArrayList<>();
        int basesLine = 0;
        List<String> sources = new ArrayList<>();
        List<Setting> settings = new ArrayList<>();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(new ScenarioProblem(file, 1, "", "the file is empty", "a scenario needs at least 'bases' and 'parameters'"));
                return new ScenarioFile(file, name, title, description, bases, basesLine, sources, settings);
            }
            if (t != JsonToken.START_OBJECT) {
                problems.add(new ScenarioProblem(file, line(p), "", "a scenario file must be a map of keys", "see scenarios/baseline.yaml"));
                return new ScenarioFile(file, name, title, description, bases, basesLine, sources, settings);
            }
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                p.nextToken();
                if (!seen.add(key)) problems.add(new ScenarioProblem(file, keyLine, key, "is given twice", "keep one"));
                switch (key) {
                    case "name" -> name = scalarText(p, file, key, problems);
                    case "title" -> readLanguages(p, file, key, title, problems);
                    case "description" -> readLanguages(p, file, key, description, problems);
                    case "bases" -> {
                        basesLine = keyLine;
                        readStrings(p, file, key, bases, problems);
                    }
                    case "sources" -> readStrings(p, file, key, sources, problems);
                    case "parameters" -> readParameters(p, file, "", settings, new HashSet<>(), problems);
                    default -> {
                        problems.add(ScenarioProblem.unknownKey(file, keyLine, key, TOP_KEYS));
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            problems.add(ScenarioProblem.unreadable(file, e));
        }
        return new ScenarioFile(file, name, title, description, bases, basesLine, sources, settings);
    }

    private void readParameters(JsonParser p, String file, String prefix, List<Setting> out, Set<String> seen, List<ScenarioProblem> problems) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.add(new ScenarioProblem(file, line(p), prefix.isEmpty() ? "parameters" : prefix.substring(0, prefix.length() - 1),
                    "is a section: give it keys, not a value", "see scenarios/baseline.yaml"));
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + p.currentName();
            int keyLine = line(p);
            JsonToken v = p.nextToken();
            if (!seen.add(key)) problems.add(new ScenarioProblem(file, keyLine, key, "is given twice", "keep one"));
            ParameterSchema.Spec spec = schema.spec(key);
            boolean isSection = spec == null && schema.keys().stream().anyMatch(k -> k.startsWith(key + "."));
            if (v == JsonToken.START_OBJECT && isSection) {
                readParameters(p, file, key + ".", out, seen, problems);
                continue;
            }
            if (isSection) {
                problems.add(new ScenarioProblem(file, keyLine, key, "is a section: give it keys, not a value", "see scenarios/baseline.yaml"));
                p.skipChildren();
                continue;
            }
            if (spec == null) {
                String near = schema.nearest(key);
                problems.add(new ScenarioProblem(file, keyLine, key, "unknown parameter",
                        near != null ? "did you mean '" + near + "'?" : "see the parameter table in docs/model.md"));
                p.skipChildren();
                continue;
            }
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                problems.add(new ScenarioProblem(file, keyLine, key, "expected a single value, got a " + (v == JsonToken.START_OBJECT ? "map" : "list"), "allowed: " + spec.rangeText()));
                p.skipChildren();
                continue;
            }
            Object value = scalar(p);
            String err = spec.check(value);
            if (err != null) problems.add(new ScenarioProblem(file, keyLine, key, err, "allowed: " + spec.rangeText()));
            else out.add(new Setting(key, normalise(spec, value), file, keyLine));
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

    static Object scalar(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getDoubleValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> p.getText();
        };
    }

    /** Parses one value written on the command line, as YAML would read it. */
    public static Object parseValue(String text) {
        try (JsonParser p = YAML.createParser("v: " + text)) {
            p.nextToken();
            p.nextToken();
            if (p.nextToken().isStructStart()) return text;
            return scalar(p);
        } catch (IOException e) {
            return text;
        }
    }

    private static String scalarText(JsonParser p, String file, String key, List<ScenarioProblem> problems) throws IOException {
        if (!p.currentToken().isScalarValue()) {
            problems.add(new ScenarioProblem(file, line(p), key, "expected a single value", null));
            p.skipChildren();
            return null;
        }
        return p.getText();
    }

    private static void readStrings(JsonParser p, String file, String key, List<String> out, List<ScenarioProblem> problems) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken().isScalarValue()) out.add(p.getText());
                else {
                    problems.add(new ScenarioProblem(file, line(p), key, "expected a list of names", null));
                    p.skipChildren();
                }
            }
        } else if (p.currentToken().isScalarValue()) {
            out.add(p.getText());
        } else {
            problems.add(new ScenarioProblem(file, line(p), key, "expected a name or a list of names", null));
            p.skipChildren();
        }
    }

    private static void readLanguages(JsonParser p, String file, String key, Map<String, String> out, List<ScenarioProblem> problems) throws IOException {
        if (p.currentToken().isScalarValue()) {
            out.put("en", p.getText());
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.add(new ScenarioProblem(file, line(p), key, "expected text, or a map of languages (en, nl) to text", null));
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String lang = p.currentName();
            int l = line(p);
            p.nextToken();
            if (!lang.equals("en") && !lang.equals("nl")) {
                problems.add(new ScenarioProblem(file, l, key + "." + lang, "unknown language", "use en or nl"));
                p.skipChildren();
            } else if (p.currentToken().isScalarValue()) {
                out.put(lang, p.getText());
            } else {
                problems.add(new ScenarioProblem(file, l, key + "." + lang, "expected text", null));
                p.skipChildren();
            }
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
