package nl.samenspel.experiment.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The calibration's accepted parameter sets (docs/calibration/ensemble.csv: one row per set, one
 * column per free parameter), as the overrides that put each set into every scenario of a pattern,
 * with each set's number in the file (1 for the first row below the header).
 */
public record Ensemble(String file, List<String> keys, List<List<String>> members, List<Integer> rows) {
    public static final String DEFAULT = "docs/calibration/ensemble.csv";

    /** @throws IllegalArgumentException with a message for the user when the file is not an ensemble */
    public static Ensemble read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) throw new IllegalArgumentException(file + ": empty (expected a header of parameter keys, as written by 'samenspel calibrate')");
        List<String> keys = List.of(lines.get(0).split(","));
        List<List<String>> members = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] v = lines.get(i).split(",", -1);
            if (v.length != keys.size()) throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + v.length + " values for " + keys.size() + " columns");
            List<String> set = new ArrayList<>();
            for (int j = 0; j < v.length; j++) set.add(keys.get(j) + "=" + v[j]);
            members.add(List.copyOf(set));
            rows.add(members.size());
        }
        if (members.isEmpty()) throw new IllegalArgumentException(file + ": no parameter sets below the header");
        return new Ensemble(file.toString(), keys, List.copyOf(members), List.copyOf(rows));
    }

    /** {@code n} members spread evenly over the file (all when n is at least the size). */
    public Ensemble first(int n) {
        if (n >= members.size()) return this;
        List<List<String>> out = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = (int) ((long) i * members.size() / n);
            out.add(members.get(k));
            at.add(rows.get(k));
        }
        return new Ensemble(file, keys, out, at);
    }

    public int size() {
        return members.size();
    }
}
