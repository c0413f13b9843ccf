package nl.samenspel.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Manifests as JSON text without Jackson: loading Jackson's databind to write one manifest took a
 * quarter of a one-year run's wall time. The text is exactly what Jackson's default pretty printer
 * writes for the same values (JsonTextTest compares them), so readers and diffs see no change.
 * Values it does not know throw {@link Unsupported}; {@link Manifest} then falls back to Jackson.
 */
final class JsonText {
    /** A value this writer does not know: let Jackson write it. */
    static final class Unsupported extends RuntimeException {
        Unsupported(Object value) {
            super("no JSON text for " + value.getClass().getName(), null, false, false);
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonText() {}

    static String write(Object value) {
        StringBuilder s = new StringBuilder(4096);
        value(s, value, 0);
        return s.toString();
    }

    /**
     * A record's components as Jackson 2.17 lists them: those without {@code @JsonProperty} first,
     * then the renamed ones, each group in declaration order; nulls left out where the record says
     * {@code NON_NULL}; nested records as maps.
     */
    static Map<String, Object> fields(Record r) {
        boolean nonNull = r.getClass().isAnnotationPresent(JsonInclude.class)
                && r.getClass().getAnnotation(JsonInclude.class).value() == JsonInclude.Include.NON_NULL;
        Map<String, Object> plain = new LinkedHashMap<>(), renamed = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new Unsupported(r);
            }
            if (v == null && nonNull) continue;
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class); // its targets omit RECORD_COMPONENT
            if (p == null) plain.put(c.getName(), v instanceof Record n ? fields(n) : v);
            else renamed.put(p.value(), v instanceof Record n ? fields(n) : v);
        }
        plain.putAll(renamed);
        return plain;
    }

    private static void value(StringBuilder s, Object v, int depth) {
        if (v == null) s.append("null");
        else if (v instanceof String t) string(s, t);
        else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof BigInteger || v instanceof BigDecimal) s.append(v);
        else if (v instanceof Double d) number(s, d.isNaN() || d.isInfinite(), d.toString());
        else if (v instanceof Float f) number(s, f.isNaN() || f.isInfinite(), f.toString());
        else if (v instanceof Map<?, ?> m) object(s, m, depth);
        else if (v instanceof List<?> l) array(s, l, depth);
        else if (v instanceof Record r) object(s, fields(r), depth);
        else throw new Unsupported(v);
    }

    /** Jackson writes NaN and infinities as strings. */
    private static void number(StringBuilder s, boolean notFinite, String text) {
        if (notFinite) s.append('"').append(text).append('"');
        else s.append(text);
    }

    private static void object(StringBuilder s, Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            s.append("{ }");
            return;
        }
        s.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getKey() instanceof String key)) throw new Unsupported(e.getKey() == null ? m : e.getKey());
            s.append(first ? "" : ",");
            first = false;
            indent(s, depth + 1);
            string(s, key);
            s.append(" : ");
            value(s, e.getValue(), depth + 1);
        }
        indent(s, depth);
        s.append('}');
    }

    /** Arrays stay on one line; an object inside one is indented as its parent object. */
    private static void array(StringBuilder s, List<?> l, int depth) {
        if (l.isEmpty()) {
            s.append("[ ]");
            return;
        }
        s.append("[ ");
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) s.append(", ");
            value(s, l.get(i), depth);
        }
        s.append(" ]");
    }

    private static void indent(StringBuilder s, int depth) {
        s.append(System.lineSeparator());
        for (int i = 0; i < depth; i++) s.append("  ");
    }

    private static void string(StringBuilder s, String t) {
        s.append('"');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\b' -> s.append("\\b");
                case '\t' -> s.append("\\t");
                case '\f' -> s.append("\\f");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                default -> {
                    if (c < 0x20) s.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    else s.append(c);
                }
            }
        }
        s.append('"');
    }
}
