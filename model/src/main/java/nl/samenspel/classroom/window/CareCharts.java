package nl.samenspel.classroom.window;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Live charts of the care window: active volunteers and reach (answered within 4 weeks), by week. */
final class CareCharts {
    private final XYSeries volunteers = new XYSeries("active volunteers");
    private final XYSeries reach = new XYSeries("reach: share of needs answered within 4 weeks (8-week average)");
    /** The last weeks' reach, averaged for the chart: one week alone is too noisy to read. */
    private final java.util.ArrayDeque<Double> recent = new java.util.ArrayDeque<>();
    private final CombinedDomainXYPlot plot;
    private final JFreeChart chart;

    CareCharts() {
        NumberAxis weeks = new NumberAxis("Week (negative: warm-up)");
        plot = new CombinedDomainXYPlot(weeks);
        plot.add(plot(volunteers, "Volunteers", Palette.VOLUNTEER, false), 1);
        plot.add(plot(reach, "Reach", Palette.COORDINATOR, true), 1);
        weeks.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        weeks.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        chart = new JFreeChart(null, null, plot, true);
        chart.setTitle(new TextTitle("Volunteers and reach, week by week", Palette.TITLE.deriveFont(24f)));
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        chart.setBackgroundPaint(Color.WHITE);
    }

    private static XYPlot plot(XYSeries s, String label, Color c, boolean share) {
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(true);
        if (share) {
            y.setRange(0, 1);
            y.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT));
        }
        y.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        y.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, c);
        r.setSeriesStroke(0, new BasicStroke(3f));
        XYPlot p = new XYPlot(new XYSeriesCollection(s), null, y, r);
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(new Color(0xBBBBBB));
        return p;
    }

    ChartPanel panel() {
        return new ChartPanel(chart);
    }

    /** Adds one week (call on the Swing thread). */
    void add(int week, int activeVolunteers, double reachShare) {
        volunteers.add(week, activeVolunteers);
        if (Double.isNaN(reachShare)) return;
        recent.addLast(reachShare);
        if (recent.size() > 8) recent.removeFirst();
        reach.add(week, recent.stream().mapToDouble(Double::doubleValue).average().orElse(reachShare));
    }

    void clear() {
        volunteers.clear();
        reach.clear();
        recent.clear();
        for (Object p : plot.getSubplots()) ((XYPlot) p).clearDomainMarkers();
    }

    /** Marks the week the teacher cut the coordinators. */
    void markCut(int week) {
        for (Object o : plot.getSubplots()) {
            ValueMarker m = new ValueMarker(week, Palette.IN_NEED, new BasicStroke(3f));
            m.setLabel("coordinators cut");
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            ((XYPlot) o).addDomainMarker(m);
        }
    }
}
