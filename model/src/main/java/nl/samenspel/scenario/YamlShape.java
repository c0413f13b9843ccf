package nl.samenspel.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared shape of a file kind whose keys are fixed (the bystander fit, the calibration
 * file): which keys exist, which are required, and what each holds. {@link #read} parses the
 * file with {@link StrictYaml}, checks it against the shape and returns the checked values;
 * every problem names file, line and key (with "did you mean" for a misspelt key).
 *
 * <pre>
 * YamlShape fit = YamlShape.of("scenarios/bystander.yaml")
 *     .require("experiment", YamlShape.of("").require("lone_rate", YamlShape.number(0, 1)))
 *     .optional("fit", YamlShape.any());
 * </pre>
 */
public final class YamlShape {
    private enum Kind { MAP, NUMBER, INTEGER, TEXT, ANY }

    private final Kind kind;
    private final double min;
    private final double max;
    private final String example;
    private final Map<String, YamlShape> keys = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    private YamlShape(Kind kind, double min, double max, String example) {
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.example = example;
    }

    /** A map with declared keys; {@code example} names a file to look at, for hints. */
    public static YamlShape of(String example) {
        return new YamlShape(Kind.MAP, 0, 0, example);
    }

    public static YamlShape number(double min, double max) {
        return new YamlShape(Kind.NUMBER, min, max, null);
    }

    public static YamlShape integer(long min, long max) {
        return new YamlShape(Kind.INTEGER, min, max, null);
    }

    public static YamlShape text() {
        return new YamlShape(Kind.TEXT, 0, 0, null);
    }

    /** Anything (kept as the parsed {@link YamlNode}): for sections read by their own code. */
    public static YamlShape any() {
        return new YamlShape(Kind.ANY, 0, 0, null);
    }

    public YamlShape require(String key, YamlShape shape) {
        keys.put(key, shape);
        required.add(key);
        return this;
    }

    public YamlShape optional(String key, YamlShape shape) {
        keys.put(key, shape);
        return this;
    }

    /** Parses and checks a whole file: a map of key to Double, Long, String, nested map or {@link YamlNode}. */
    public Map<String, Object> read(String file, String text) throws ScenarioException {
        YamlNode root = StrictYaml.parse(file, text);
        List<ScenarioProblem> problems = new ArrayList<>();
        Object v = check(file, new YamlNode.Entry("", root.line(), root, ""), "", problems);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        return m;
    }

    private Object check(String file, YamlNode.Entry e, String where, List<ScenarioProblem> problems) {
        YamlNode.Entry named = new YamlNode.Entry(where, e.line(), e.value(), e.comment());
        switch (kind) {
            case NUMBER:
                return YamlFields.number(file, named, min, max, problems);
            case INTEGER:
                return YamlFields.integer(file, named, (long) min, (long) max, problems);
            case TEXT:
                return YamlFields.text(file, named, problems);
            case ANY:
                return e.value();
            default:
                break;
        }
        if (!(e.value() instanceof YamlNode.MapNode m)) {
            problems.add(new ScenarioProblem(file, e.line(), where, "expected a map of keys, got " + YamlFields.describe(e.value()),
                    example == null || example.isEmpty() ? null : "see " + example));
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(keys.keySet());
        for (YamlNode.Entry c : m.entries()) {
            String at = where.isEmpty() ? c.key() : where + "." + c.key();
            YamlShape s = keys.get(c.key());
            if (s == null) {
                ScenarioProblem p = ScenarioProblem.unknownKey(file, c.line(), at, names);
                String near = ParameterSchema.nearestOf(c.key(), names);
                problems.add(new ScenarioProblem(file, c.line(), at, "unknown key", near != null ? "did you mean '" + near + "'?" : p.hint()));
                continue;
            }
            out.put(c.key(), s.check(file, c, at, problems));
        }
        for (String r : required) {
            if (!out.containsKey(r)) {
                problems.add(new ScenarioProblem(file, e.line(), where.isEmpty() ? r : where + "." + r, "is missing",
                        example == null || example.isEmpty() ? null : "see " + example));
            }
        }
        return out;
    }
}
