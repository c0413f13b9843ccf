package nl.samenspel;

import java.util.List;

/**
 * The committed validation (docs/calibration/, made by {@code validate --switch-off}): a leg that
 * fails there is an open finding about a mechanism (docs/calibration.md), never fixed by a number.
 */
public final class CommittedValidation {
    private CommittedValidation() {}

    /** The rows below the header of a committed table, split at commas (the rows read here hold no quoted text before the cells read). */
    public static List<String[]> rows(String table) {
        List<String> lines = ProjectFiles.read(ProjectFiles.root().resolve("docs/calibration").resolve(table)).lines().toList();
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
    }

    /** Whether a leg ({@code P4.unanswered}) or a pattern without legs ({@code P5}) passes at the point estimate. */
    public static boolean passes(String leg) {
        return rows("validation.csv").stream().filter(c -> c[0].equals(leg)).findFirst()
                .map(c -> Boolean.parseBoolean(c[1]))
                .orElseThrow(() -> new IllegalArgumentException(leg + " is not a row of docs/calibration/validation.csv"));
    }
}
