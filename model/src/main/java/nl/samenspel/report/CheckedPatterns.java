package nl.samenspel.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.samenspel.metrics.Outcome;

/**
 * Which findings rest on a pattern the model reproduces from the sources. A fixed table maps a
 * scenario, an outcome and a time frame to a pattern of {@code samenspel validate}; the finding
 * counts as checked only if that pattern passed in the committed validation
 * ({@code docs/calibration/validation.csv}, bundled in the jar). Anything else is an extrapolation.
 * The validation judged it at the calibrated point estimate; how often its target was met over the
 * ensemble is kept beside it (its weakest leg's share: an upper bound for the pattern's), so a
 * report never calls a finding checked without saying that.
 */
public record CheckedPatterns(Set<String> passed, Map<String, Double> ensembleShares) {
    /** Passed patterns without ensemble shares (a validation run with --no-ensemble, or a test). */
    public CheckedPatterns(Set<String> passed) {
        this(passed, Map.of());
    }

    /** The validation the build bundled. */
    public static final String RESOURCE = "/calibration/validation.csv";

    /** A pattern covers a scenario's effect on an outcome up to the horizon the pattern is checked over. */
    record Entry(String scenario, Outcome outcome, int maxYears, String pattern) {}

    static final List<Entry> TABLE = List.of(
            new Entry("no-coordinators", Outcome.VOLUNTEERS_ACTIVE, 2, "P1"),
            new Entry("caseload-pressure", Outcome.SAMENSPEL_TIES, 3, "P2"),
            new Entry("caseload-pressure", Outcome.REFERRAL_SHARE_LIGHT, 3, "P2"),
            new Entry("tender-churn", Outcome.SAMENSPEL_TIES, 7, "P3"),
            new Entry("walk-in-access", Outcome.WAITING_LIST, 2, "P4"),
            new Entry("walk-in-access", Outcome.NEEDS_UNANSWERED, 2, "P4"),
            new Entry("yearly-funding", Outcome.VOLUNTEER_RETENTION_12M, 5, "P5"),
            new Entry("meeting-places-closed", Outcome.VOLUNTEER_INFLOW, 10, "P6"));

    /** The bundled validation, or none passed when the build bundled none. */
    public static CheckedPatterns bundled() {
        try (InputStream in = CheckedPatterns.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new CheckedPatterns(Set.of()) : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new CheckedPatterns(Set.of());
        }
    }

    /**
     * Reads a validation table: one row per pattern or per leg of one ({@code P2.ties}), a cell
     * naming it and a cell saying PASS (or a {@code pass}/{@code passed} column that is true). A
     * pattern passes when every one of its rows does, as {@code validate} judges it; rows that
     * say nothing else count as not passed.
     */
    public static CheckedPatterns parse(String csv) {
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        Map<String, Double> shares = new LinkedHashMap<>();
        String[] lines = csv.split("\r?\n");
        if (lines.length == 0) return new CheckedPatterns(Set.of());
        String[] header = lines[0].toLowerCase(Locale.ROOT).split(",", -1);
        int passColumn = -1, shareColumn = -1;
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().matches("pass|passed")) passColumn = i;
            if (header[i].trim().equals("ensemble_share")) shareColumn = i;
        }
        for (int r = 1; r < lines.length; r++) {
            String[] cells = lines[r].split(",", -1);
            String pattern = null;
            boolean pass = false;
            for (int i = 0; i < cells.length; i++) {
                String c = cells[i].trim().replace("\"", "");
                if (pattern == null && c.matches("P\\d+(\\.\\w+)?")) pattern = c.contains(".") ? c.substring(0, c.indexOf('.')) : c;
                if (c.equalsIgnoreCase("PASS") || i == passColumn && (c.equalsIgnoreCase("true") || c.equals("1"))) pass = true;
            }
            if (pattern == null) continue;
            verdicts.merge(pattern, pass, Boolean::logicalAnd);
            // Counted from the end: the target before it is quoted text that may hold commas.
            int share = cells.length - (header.length - shareColumn);
            if (shareColumn >= 0 && share >= 0 && !cells[share].isBlank()) {
                shares.merge(pattern, Double.parseDouble(cells[share].trim()), Math::min);
            }
        }
        Set<String> passed = new HashSet<>();
        verdicts.forEach((pattern, pass) -> {
            if (pass) passed.add(pattern);
        });
        shares.keySet().retainAll(passed);
        return new CheckedPatterns(Set.copyOf(passed), Map.copyOf(shares));
    }

    /** The share of the ensemble in which the pattern's weakest leg held, or null if unknown. */
    Double ensembleShare(String pattern) {
        return ensembleShares.get(pattern);
    }

    /** The pattern a finding rests on, if the table has one and it passed; null: an extrapolation. */
    String checkedBy(String scenario, Outcome o, int years) {
        for (Entry e : TABLE) {
            if (e.scenario.equals(scenario) && e.outcome == o && years <= e.maxYears && passed.contains(e.pattern)) return e.pattern;
        }
        return null;
    }
}
