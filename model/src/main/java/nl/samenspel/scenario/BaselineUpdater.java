package nl.samenspel.scenario;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts fitted values into the text of {@code scenarios/baseline.yaml}, keeping its layout and
 * comments: the value on the key's line is replaced, the comment stays in its column, and the
 * source part of the comment says where the value now comes from. Nothing else changes.
 */
public final class BaselineUpdater {
    public static final String FITTED = "fitted by samenspel calibrate: docs/calibration";
    private static final Pattern SECTION = Pattern.compile("^  ([a-z_]+):\\s*(#.*)?$");
    private static final Pattern KEY = Pattern.compile("^    ([a-z_]+):(\\s*)(\\S+)(\\s*)(#.*)?$");

    private BaselineUpdater() {}

    /** @throws IllegalArgumentException naming the keys not found in the text */
    public static String update(String text, Map<String, Object> values) {
        Set<String> missing = new LinkedHashSet<>(values.keySet());
        StringBuilder out = new StringBuilder();
        String section = null;
        for (String line : text.split("\n", -1)) {
            Matcher s = SECTION.matcher(line);
            if (s.matches()) section = s.group(1);
            Matcher k = KEY.matcher(line);
            if (section != null && k.matches() && values.containsKey(section + "." + k.group(1))) {
                String key = section + "." + k.group(1);
                missing.remove(key);
                line = rewrite(k, ValueText.of(values.get(key)));
            }
            out.append(line).append('\n');
        }
        if (!missing.isEmpty()) throw new IllegalArgumentException("not in the baseline file: " + String.join(", ", missing));
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String rewrite(Matcher k, String value) {
        String head = "    " + k.group(1) + ": " + value;
        String comment = k.group(5);
        if (comment == null) return head;
        int column = 4 + k.group(1).length() + 1 + k.group(2).length() + k.group(3).length() + k.group(4).length();
        String pad = " ".repeat(Math.max(1, column - head.length()));
        return head + pad + withFittedSource(comment);
    }

    /** {@code # unit | meaning | source} with the source saying the value was fitted (once). */
    static String withFittedSource(String comment) {
        if (comment.contains(FITTED)) return comment;
        return comment + " (" + FITTED + ")";
    }

    /** Values as a scenario file writes them. */
    static final class ValueText {
        static String of(Object v) {
            if (v instanceof Double d) return new java.math.BigDecimal(d).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
            return String.valueOf(v);
        }

        private ValueText() {}
    }
}
