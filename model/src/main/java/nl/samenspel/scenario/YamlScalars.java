package nl.samenspel.scenario;

import java.util.regex.Pattern;

/**
 * What a plain scalar means, as YAML 1.2's JSON schema reads it (with {@code ~} and an empty
 * value as null, and leading zeros allowed: {@code 010} is 10). Numbers that YAML 1.1 readers
 * take differently ({@code 0x10}, {@code 0o10}, {@code 1_000}, {@code 1:30}) and numbers that
 * are not finite ({@code .inf}, {@code 1e309}, NaN) become a {@link Refused} value with a hint,
 * so a file and {@code --set} mean the same everywhere and nothing is read silently otherwise.
 */
public final class YamlScalars {
    /** A scalar that looks like a number but is not one this project reads. */
    public record Refused(String text, String message, String hint) {}

    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern RADIX = Pattern.compile("[-+]?0[xXoObB][0-9a-fA-F_]*");
    private static final Pattern UNDERSCORE = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9_]+)?");
    private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?(\\.?(inf|Inf|INF)(inity)?|\\.?(nan|NaN|NAN)|Infinity)");
    /** Longer than any number anyone writes; such a scalar is text, and never parsed as a number. */
    private static final int MAX_NUMBER_LENGTH = 400;

    private YamlScalars() {}

    /** null, Boolean, Long, Double, {@link Refused}, or the text itself. */
    public static Object resolve(String text) {
        if (text.isEmpty() || text.equals("null") || text.equals("Null") || text.equals("NULL") || text.equals("~")) return null;
        if (text.equals("true") || text.equals("True") || text.equals("TRUE")) return Boolean.TRUE;
        if (text.equals("false") || text.equals("False") || text.equals("FALSE")) return Boolean.FALSE;
        if (text.length() > MAX_NUMBER_LENGTH) return text;
        if (INT.matcher(text).matches()) {
            try {
                return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            } catch (NumberFormatException tooLong) {
                return finite(text, Double.parseDouble(text));
            }
        }
        if (FLOAT.matcher(text).matches()) return finite(text, Double.parseDouble(text));
        if (NOT_FINITE.matcher(text).matches()) return notFinite(text);
        if (RADIX.matcher(text).matches()) {
            char base = Character.toLowerCase(text.charAt(text.indexOf('0') + 1));
            String name = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
            return new Refused(text, "'" + text + "' is a " + name + " number, which this file does not read", "write the number in decimal digits");
        }
        if (SEXAGESIMAL.matcher(text).matches()) {
            return new Refused(text, "'" + text + "' is not a number (base-60 numbers like 1:30 are not read)", "write it as a decimal number, or quote it if it is text");
        }
        if (text.indexOf('_') > 0 && UNDERSCORE.matcher(text).matches()) {
            return new Refused(text, "'" + text + "' is not a number (digits grouped with _ are not read)", "write " + text.replace("_", ""));
        }
        return text;
    }

    private static Object finite(String text, double v) {
        return Double.isFinite(v) ? (Object) v : notFinite(text);
    }

    private static Refused notFinite(String text) {
        return new Refused(text, "'" + text + "' is not a finite number", "give an ordinary number, e.g. 0.5 or 1000");
    }
}
