package nl.samenspel.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.samenspel.engine.Seeds;
import nl.samenspel.engine.Simulation;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.experiment.stats.PointBiserial;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.metrics.VolunteerYears;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioResolver;
import org.junit.jupiter.api.Test;

/** P8's data: one record per volunteer and whole reported year, and the point-biserial correlation on it. */
class WhatKeepsVolunteersTest {
    @Test
    void everyVolunteerActiveAtAYearStartHasARecordAndTheQuitsAddUp() throws Exception {
        var p = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", java.util.List.of("simulation.years=3", "population.residents=2000")).parameters();
        RunResult r = Simulation.run(p, Seeds.of(5));
        VolunteerYears y = r.volunteerYears();
        // Years 1 and 2 are whole (their year-end falls inside the horizon); year 3 has no week 156 to close on.
        double startYear1 = r.weekly(0, nl.samenspel.metrics.Outcome.VOLUNTEERS_ACTIVE);
        double startYear2 = r.weekly(52, nl.samenspel.metrics.Outcome.VOLUNTEERS_ACTIVE);
        assertEquals(startYear1 + startYear2, y.size(), 0, "one record per volunteer active at the start of each whole year");
        int quits = 0;
        for (int i = 0; i < y.size(); i++) {
            if (y.quit(i)) quits++;
            assertTrue(y.tie(i) >= 0 && y.tie(i) <= 1);
        }
        assertTrue(quits > 0 && quits < y.size(), quits + " of " + y.size());
    }

    @Test
    void pointBiserialIsPearsonWithTheOutcomeCodedOneZero() {
        double[] x = {0.1, 0.2, 0.9, 0.8, 0.5, 0.4};
        boolean[] q = {true, true, false, false, true, false};
        Interval r = PointBiserial.of(x, q, x.length);
        double[] y = {1, 1, 0, 0, 1, 0};
        double pearson = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(x, y);
        assertEquals(pearson, r.mean(), 1e-12);
        assertTrue(r.low() < r.mean() && r.mean() < r.high());
        assertTrue(Double.isNaN(PointBiserial.of(x, new boolean[6], 6).mean()), "undefined when nobody quits");
    }
}
