package nl.samenspel.classroom.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.samenspel.report.Language;
import org.junit.jupiter.api.Test;

class CareChartsTest {
    @Test
    void theReachShownIsTheChartsEightWeekAverage() {
        CareCharts charts = new CareCharts(new Words(Language.NL));
        assertTrue(Double.isNaN(charts.add(-3, 10, Double.NaN)), "no reach yet");
        double[] weekly = {0.9, 0.5, 0.7, 0.6, 0.8, 0.4, 0.9, 0.3, 0.2, 0.1};
        double shown = 0;
        for (int w = 0; w < weekly.length; w++) shown = charts.add(w, 10, weekly[w]);
        double mean = 0;
        for (int w = 2; w < 10; w++) mean += weekly[w] / 8;
        assertEquals(mean, shown, 1e-12, "the header's figure is the last point of the chart, not the last week alone");
        assertEquals(shown, charts.add(10, 10, Double.NaN), 0, "a week without a reach figure repeats the chart's last point");
    }
}
