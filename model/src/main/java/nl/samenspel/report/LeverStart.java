package nl.samenspel.report;

import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.Setting;

/**
 * The reported week in which a scenario's lever starts: the earliest start week among the
 * parameters it changes ({@code *.start_week}, or the week coordinator posts are cut), else the
 * first reported week. The charts mark it.
 */
final class LeverStart {
    private LeverStart() {}

    static int week(ResolvedScenario s) {
        int start = Integer.MAX_VALUE;
        for (Setting ch : s.changes()) {
            boolean startKey = ch.key().endsWith("start_week") || ch.key().equals("coordinators.cut_week");
            if (startKey && ch.value() instanceof Number n && n.intValue() >= 0) start = Math.min(start, n.intValue());
        }
        return start == Integer.MAX_VALUE ? 0 : start;
    }
}
