package nl.samenspel.scenario;

/** One problem in a scenario: where it is (file, line, key), what is wrong, and a hint. */
public record ScenarioProblem(String file, int line, String key, String message, String hint) {
    /** An unknown top-level key, with the nearest valid one as hint (or the list of valid ones). */
    public static ScenarioProblem unknownKey(String file, int line, String key, java.util.List<String> validKeys) {
        String near = ParameterSchema.nearestOf(key, validKeys);
        return new ScenarioProblem(file, line, key, "unknown key",
                near != null ? "did you mean '" + near + "'?" : "valid keys: " + String.join(", ", validKeys));
    }

    /** A file that is not valid YAML (with the parser's line) or cannot be read at all. */
    public static ScenarioProblem unreadable(String file, java.io.IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            int line = j.getLocation() == null ? 0 : j.getLocation().getLineNr();
            return new ScenarioProblem(file, line, "", "not valid YAML: " + j.getOriginalMessage().lines().findFirst().orElse(""), "check indentation and colons");
        }
        return new ScenarioProblem(file, 0, "", "cannot be read: " + e.getMessage(), null);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        s.append(": ");
        if (key != null && !key.isEmpty()) s.append("'").append(key).append("': ");
        s.append(message);
        if (hint != null && !hint.isEmpty()) s.append(" (").append(hint).append(')');
        return s.toString();
    }
}
