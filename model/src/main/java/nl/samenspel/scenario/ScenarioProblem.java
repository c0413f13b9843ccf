package nl.samenspel.scenario;

/** One problem in a scenario: where it is (file, line, key), what is wrong, and a hint. */
public record ScenarioProblem(String file, int line, String key, String message, String hint) {
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
