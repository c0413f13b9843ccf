package nl.samenspel.report;

import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.Setting;

/**
 * The reported week in which a scenario's lever starts: {@code simulation.lever_start_week} (before
 * it the run follows the reference; a preset from the warm-up counts as the first reported week),
 * or later when the lever itself waits (the week coordinator posts are cut). The charts mark it.
 */
final class LeverStart {
    private LeverStart() {}

    static int week(ResolvedScenario s) {
        int start = Math.max(0, s.parameters().simulation().leverStartWeek());
        for (Setting ch : s.changes()) {
            if (ch.key().equals("coordinators.cut_week") && ch.value() instanceof Number n && n.intValue() >= 0) start = Math.max(start, n.intValue());
        }
        return start;
    }
}
