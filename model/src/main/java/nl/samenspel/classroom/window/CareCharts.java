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
    private final XYSeries volunteers;
    private final XYSeries reach;
    private final Words words;
    /** The last weeks' reach, averaged for the chart: one week alone is too noisy to read. */
    private final java.util.ArrayDeque<Double> recent = new java.util.ArrayDeque<>();
    private final CombinedDomainXYPlot plot;
    private final JFreeChart chart;

    CareCharts(Words words) {
        this.words = words;
        volunteers = new XYSeries(words.text("care.chart.volunteers.series"));
        reach = new XYSeries(words.text("care.chart.reach.series"));
        NumberAxis weeks = new NumberAxis(words.text("care.chart.weeks"));
        plot = new CombinedDomainXYPlot(weeks);
        plot.add(plot(volunteers, words.text("care.chart.volunteers"), Palette.VOLUNTEER, false, words), 1);
        plot.add(plot(reach, words.text("care.chart.reach"), Palette.COORDINATOR, true, words), 1);
        weeks.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        weeks.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        chart = new JFreeChart(null, null, plot, true);
        chart.setTitle(new TextTitle(words.text("care.chart.title"), Palette.TITLE.deriveFont(24f)));
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        chart.setBackgroundPaint(Color.WHITE);
    }

    private static XYPlot plot(XYSeries s, String label, Color c, boolean share, Words words) {
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(true);
        if (share) {
            y.setRange(0, 1);
            y.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(words.language().locale()));
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

    /**
     * Adds one week (call on the Swing thread).
     * @return the reach plotted for this week (the 8-week average), or NaN before the first reach
     */
    double add(int week, int activeVolunteers, double reachShare) {
        volunteers.add(week, activeVolunteers);
        if (Double.isNaN(reachShare)) return recent.isEmpty() ? Double.NaN : reach.getY(reach.getItemCount() - 1).doubleValue();
        recent.addLast(reachShare);
        if (recent.size() > 8) recent.removeFirst();
        double shown = recent.stream().mapToDouble(Double::doubleValue).average().orElse(reachShare);
        reach.add(week, shown);
        return shown;
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
            m.setLabel(words.text("care.chart.cut"));
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            ((XYPlot) o).addDomainMarker(m);
        }
    }
}
