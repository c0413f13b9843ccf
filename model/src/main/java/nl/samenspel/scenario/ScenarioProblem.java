package nl.samenspel.scenario;

/**
 * One problem in an input file: where it is (file, line, key), what is wrong, and a hint. Printed
 * as {@code file:line: 'key': message (hint)}, with control characters escaped and long text cut,
 * so that a file can neither drive the terminal nor flood it.
 */
public record ScenarioProblem(String file, int line, String key, String message, String hint) {
    private static final int MAX_PART = 200;

    /** An unknown top-level key, with the nearest valid one as hint (or the list of valid ones). */
    public static ScenarioProblem unknownKey(String file, int line, String key, java.util.List<String> validKeys) {
        String near = ParameterSchema.nearestOf(key, validKeys);
        return new ScenarioProblem(file, line, key, "unknown key",
                near != null ? "did you mean '" + near + "'?" : "valid keys: " + String.join(", ", validKeys));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(safe(file));
        if (line > 0) s.append(':').append(line);
        s.append(": ");
        if (key != null && !key.isEmpty()) s.append("'").append(safe(key)).append("': ");
        s.append(safe(message));
        if (hint != null && !hint.isEmpty()) s.append(" (").append(safe(hint)).append(')');
        return s.toString();
    }

    /** Control characters as \\uXXXX escapes, and at most {@value #MAX_PART} characters. */
    public static String safe(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_PART + 16));
        for (int i = 0; i < text.length(); i++) {
            if (b.length() >= MAX_PART) {
                b.append("... (").append(text.length() - i).append(" more characters)");
                break;
            }
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
