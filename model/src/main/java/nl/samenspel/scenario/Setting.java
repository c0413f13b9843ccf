package nl.samenspel.scenario;

/** One parameter value as written in a file or on the command line, with where it was written. */
public record Setting(String key, Object value, String file, int line) {
    public String origin() {
        return line > 0 ? file + ":" + line : file;
    }
}
