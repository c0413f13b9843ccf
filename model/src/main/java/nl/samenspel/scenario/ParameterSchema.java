package nl.samenspel.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Range;

/**
 * The valid parameter keys, read off the {@link Parameters} records: their dotted snake_case
 * names, types and ranges. A scenario file is checked against this before anything is built.
 */
public final class ParameterSchema {
    public enum Type { INTEGER, NUMBER, BOOLEAN, CHOICE }

    public record Spec(String key, Type type, double min, double max, List<String> choices) {
        /** Checks one value; returns an error message or null. */
        public String check(Object value) {
            if (value instanceof YamlScalars.Refused r) return r.message();
            switch (type) {
                case BOOLEAN:
                    return value instanceof Boolean ? null : "expected true or false, got " + describe(value);
                case CHOICE:
                    return value instanceof String s && choices.contains(s) ? null
                            : "expected one of " + String.join(", ", choices) + ", got " + describe(value);
                case INTEGER:
                    if (value instanceof Number n && !Double.isFinite(n.doubleValue())) return "'" + describe(value) + "' is not a finite number";
                    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
                        return "expected a whole number, got " + describe(value);
                    }
                    return inRange(n.doubleValue());
                default:
                    if (!(value instanceof Number n)) return "expected a number, got " + describe(value);
                    if (!Double.isFinite(n.doubleValue())) return "'" + describe(value) + "' is not a finite number";
                    return inRange(n.doubleValue());
            }
        }

        private String inRange(double v) {
            return v < min || v > max ? "value " + fmt(v) + " is out of range " + fmt(min) + ".." + fmt(max) : null;
        }

        /** The hint for a refused value: the refusal's own (e.g. "write 1000"), else the allowed range. */
        public String hint(Object value) {
            return value instanceof YamlScalars.Refused r ? r.hint() + "; allowed: " + rangeText() : "allowed: " + rangeText();
        }

        public String rangeText() {
            return switch (type) {
                case BOOLEAN -> "true/false";
                case CHOICE -> String.join(" | ", choices);
                default -> fmt(min) + ".." + fmt(max);
            };
        }
    }

    private static final ParameterSchema INSTANCE = new ParameterSchema();
    private final Map<String, Spec> specs = new LinkedHashMap<>();

    private ParameterSchema() {
        walk(Parameters.class, "");
    }

    public static ParameterSchema get() {
        return INSTANCE;
    }

    private void walk(Class<?> record, String prefix) {
        for (RecordComponent c : record.getRecordComponents()) {
            String key = prefix + snake(c.getName());
            Class<?> t = c.getType();
            if (t.isRecord()) {
                walk(t, key + ".");
                continue;
            }
            Range r = c.getAnnotation(Range.class);
            double min = r == null ? Double.NEGATIVE_INFINITY : r.min();
            double max = r == null ? Double.POSITIVE_INFINITY : r.max();
            if (t == int.class || t == long.class) specs.put(key, new Spec(key, Type.INTEGER, min, max, List.of()));
            else if (t == double.class) specs.put(key, new Spec(key, Type.NUMBER, min, max, List.of()));
            else if (t == boolean.class) specs.put(key, new Spec(key, Type.BOOLEAN, 0, 1, List.of()));
            else if (t.isEnum()) {
                List<String> names = Arrays.stream(t.getEnumConstants()).map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT)).toList();
                specs.put(key, new Spec(key, Type.CHOICE, 0, 0, names));
            } else throw new IllegalStateException("unsupported parameter type " + t + " at " + key);
        }
    }

    public static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    public Spec spec(String key) {
        return specs.get(key);
    }

    public List<String> keys() {
        return Collections.unmodifiableList(new ArrayList<>(specs.keySet()));
    }

    /** True when the key names a section (e.g. {@code coordinators}) rather than a parameter. */
    public boolean isSection(String key) {
        String prefix = key + ".";
        for (String k : specs.keySet()) if (k.startsWith(prefix)) return true;
        return false;
    }

    /** The hint for an unknown key: the nearest valid one, else where the keys are listed. */
    public String hintFor(String key) {
        String near = nearest(key);
        return near != null ? "did you mean '" + near + "'?" : "see the parameter table in docs/model.md (or samenspel params)";
    }

    /**
     * Constraints between parameters, checked once all values are known: the model must be able
     * to build a world from them. Each problem names the key to change; empty when all hold.
     */
    public List<ScenarioProblem> crossCheck(String file, java.util.function.Function<String, Object> value) {
        List<ScenarioProblem> out = new ArrayList<>();
        long residents = longOf(value.apply("population.residents"));
        long districts = longOf(value.apply("population.districts"));
        long wijken = districts * longOf(value.apply("population.wijken_per_district"));
        long degree = longOf(value.apply("population.mean_degree"));
        // A wijk is one small-world network (ResidentNetworkGenerator) and hosts meeting places that
        // draw two residents of it: it needs more residents than the mean degree.
        // The small-world generator links each resident to k/2 neighbours on each side of a ring.
        if (degree % 2 != 0) {
            out.add(new ScenarioProblem(file, 0, "population.mean_degree",
                    "must be even, got " + degree + " (each resident is linked to half of them on each side of a ring)",
                    "use " + (degree - 1) + " or " + (degree + 1)));
        }
        long need = wijken * (degree + 1);
        if (residents > 0 && wijken > 0 && residents < need) {
            out.add(new ScenarioProblem(file, 0, "population.residents",
                    residents + " residents are too few for " + districts + " district(s) of " + (wijken / Math.max(1, districts)) + " wijken with mean degree " + degree
                            + ": each wijk needs more than " + degree + " residents",
                    "give at least " + need + " residents, or fewer districts or wijken_per_district"));
        }
        return out;
    }

    private static long longOf(Object v) {
        return v instanceof Number n ? n.longValue() : 0;
    }

    /** The valid key closest to a misspelt one, or null if none is close. */
    public String nearest(String key) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : specs.keySet()) {
            int d = Math.min(distance(key, k), distance(last(key), last(k)) + (section(key).equals(section(k)) ? 0 : 3));
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return bestD <= Math.max(2, last(key).length() / 3) ? best : null;
    }

    private static String last(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private static String section(String key) {
        int i = key.lastIndexOf('.');
        return i < 0 ? "" : key.substring(0, i);
    }

    /** The candidate closest to a misspelt word, or null if none is within a third of its length (at least 2). */
    public static String nearestOf(String word, List<String> candidates) {
        String best = null;
        int bestD = Math.max(3, word.length() / 3 + 1);
        for (String k : candidates) {
            int d = distance(word, k);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static String describe(Object v) {
        if (v == null) return "nothing";
        if (v instanceof YamlScalars.Refused r) return "'" + r.text() + "'";
        if (v instanceof String s) return "'" + s + "'";
        if (v instanceof Number n) return fmt(n.doubleValue());
        return String.valueOf(v);
    }

    public static String fmt(double v) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "NaN" : v > 0 ? "infinity" : "-infinity";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
