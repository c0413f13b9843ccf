package nl.samenspel.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.scenario.ParameterSchema;

/**
 * The plausible parameter sets of the calibrated ensemble ({@code docs/calibration/ensemble.csv},
 * bundled in the jar): one row per set, one column per free parameter key. Columns that are no
 * parameter (a set number, a weight) are ignored.
 */
public record Ensemble(String source, List<String> keys, List<Map<String, Object>> sets) {
    public static final String RESOURCE = "/calibration/ensemble.csv";

    /** The bundled ensemble, or null when the build bundled none. */
    public static Ensemble bundled() {
        try (InputStream in = Ensemble.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "docs/calibration/ensemble.csv");
        } catch (IOException e) {
            return null;
        }
    }

    public static Ensemble parse(String csv, String source) {
        String[] lines = csv.strip().split("\r?\n");
        String[] header = lines[0].split(",", -1);
        ParameterSchema schema = ParameterSchema.get();
        List<Integer> columns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String k = header[i].trim().replace("\"", "");
            if (schema.spec(k) != null && !schema.reportOnly(k)) {
                columns.add(i);
                keys.add(k);
            }
        }
        if (keys.isEmpty()) throw new IllegalArgumentException(source + ": line 1 names no parameter key (expected columns such as volunteers.drift)");
        List<Map<String, Object>> sets = new ArrayList<>();
        for (int r = 1; r < lines.length; r++) {
            if (lines[r].isBlank()) continue;
            String[] cells = lines[r].split(",", -1);
            Map<String, Object> set = new LinkedHashMap<>();
            for (int j = 0; j < columns.size(); j++) {
                int c = columns.get(j);
                if (c >= cells.length) throw new IllegalArgumentException(source + ": line " + (r + 1) + " has no value for " + keys.get(j));
                set.put(keys.get(j), value(cells[c].trim()));
            }
            sets.add(set);
        }
        if (sets.isEmpty()) throw new IllegalArgumentException(source + ": no parameter sets below the header");
        return new Ensemble(source, List.copyOf(keys), List.copyOf(sets));
    }

    private static Object value(String s) {
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) return Boolean.parseBoolean(s);
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return s;
        }
    }

    /** The first n sets (all when there are fewer). */
    public Ensemble first(int n) {
        return new Ensemble(source, keys, sets.subList(0, Math.min(n, sets.size())));
    }

    public int size() {
        return sets.size();
    }

    /** Set j's value of a key as a number (NaN for a choice). */
    public double number(int set, String key) {
        return sets.get(set).get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
