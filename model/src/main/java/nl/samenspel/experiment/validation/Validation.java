package nl.samenspel.experiment.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.samenspel.output.Numbers;

/**
 * {@code samenspel validate}: every pattern at the calibrated point estimate (the baseline as it
 * ships), and on every member of the calibration's ensemble, each member judged by the same rule
 * on its own replications. A leg's ensemble share is the share of members in which it holds; a
 * pattern's, the share in which all its legs hold.
 */
public final class Validation {
    public static final String TABLE = "validation.csv";
    /** The share of the ensemble in which a pattern must hold (issue 14). */
    public static final double ENSEMBLE_SHARE = 0.8;

    public static final String MEMBERS_TABLE = "ensemble_members.csv";

    /**
     * One pattern: its result at the point estimate, how often each leg held in the ensemble (null
     * without one), and its result on each member, in the ensemble's order.
     */
    public record Row(PatternResult point, Map<String, Double> legShares, Double patternShare, List<PatternResult> members) {}

    /** Hears about progress: a pattern done at the point estimate, or one ensemble member of it. */
    public interface Listener {
        void point(PatternResult r);

        void member(Pattern p, int done, int of);
    }

    private Validation() {}

    public static List<Row> run(List<Pattern> patterns, PatternRun point, Ensemble ensemble, int ensembleReplications, Listener listener) {
        List<Row> rows = new ArrayList<>();
        for (Pattern p : patterns) {
            PatternResult r = p.check(point);
            listener.point(r);
            if (ensemble == null) {
                rows.add(new Row(r, Map.of(), null, List.of()));
                continue;
            }
            Map<String, Integer> held = new LinkedHashMap<>();
            for (Leg l : r.legs()) held.put(l.name(), 0);
            int all = 0;
            List<PatternResult> members = new ArrayList<>();
            for (int m = 0; m < ensemble.size(); m++) {
                List<String> overrides = new ArrayList<>(ensemble.members().get(m));
                overrides.addAll(point.overrides());
                PatternResult mr = p.check(new PatternRun(ensembleReplications, point.seed(), point.threads(), overrides));
                members.add(mr);
                for (Leg l : mr.legs()) if (l.pass()) held.merge(l.name(), 1, Integer::sum);
                if (mr.pass()) all++;
                listener.member(p, m + 1, ensemble.size());
            }
            Map<String, Double> shares = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : held.entrySet()) shares.put(e.getKey(), (double) e.getValue() / ensemble.size());
            rows.add(new Row(r, shares, (double) all / ensemble.size(), List.copyOf(members)));
        }
        return rows;
    }

    /** Whether every pattern holds at the point estimate and, with an ensemble, in at least 80 % of it. */
    public static boolean allHold(List<Row> rows) {
        for (Row r : rows) {
            if (!r.point().pass()) return false;
            if (r.patternShare() != null && r.patternShare() < ENSEMBLE_SHARE) return false;
        }
        return true;
    }

    /** pattern,pass,figure,ci_low,ci_high,target,ensemble_share: one row per leg. */
    public static String table(List<Row> rows) {
        StringBuilder s = new StringBuilder("pattern,pass,figure,ci_low,ci_high,target,ensemble_share\n");
        for (Row r : rows) {
            for (Leg l : r.point().legs()) {
                Double share = r.legShares().get(l.name());
                s.append(l.name()).append(',').append(l.pass()).append(',').append(Numbers.format(l.figure())).append(',')
                        .append(Numbers.format(l.ciLow())).append(',').append(Numbers.format(l.ciHigh())).append(',')
                        .append(Numbers.csvText(l.target())).append(',').append(share == null ? "" : Numbers.format(share)).append('\n');
            }
        }
        return s.toString();
    }

    /**
     * member,PARAMETERS...,pattern,pass,figure,ci_low,ci_high: every leg on every member, with the
     * member's parameter values, so a notebook can see where in the ensemble a pattern fails.
     */
    public static String memberTable(List<Row> rows, Ensemble ensemble) {
        StringBuilder s = new StringBuilder("member");
        for (String k : ensemble.keys()) s.append(',').append(k);
        s.append(",pattern,pass,figure,ci_low,ci_high\n");
        for (Row r : rows) {
            for (int m = 0; m < r.members().size(); m++) {
                for (Leg l : r.members().get(m).legs()) {
                    s.append(ensemble.rows().get(m));
                    for (String set : ensemble.members().get(m)) s.append(',').append(set.substring(set.indexOf('=') + 1));
                    s.append(',').append(l.name()).append(',').append(l.pass()).append(',').append(Numbers.format(l.figure())).append(',')
                            .append(Numbers.format(l.ciLow())).append(',').append(Numbers.format(l.ciHigh())).append('\n');
                }
            }
        }
        return s.toString();
    }
}
