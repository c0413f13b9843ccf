package nl.samenspel.classroom.window;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import nl.samenspel.classroom.BystanderTally;
import nl.samenspel.classroom.ClassroomState;
import nl.samenspel.classroom.DarleyLatane1968;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The live chart: by group size, the share of each person who acted while the emergency lasted
 * (with its 95 % interval) and the share of groups where anyone acted, as runs accumulate; Darley
 * &amp; Latan&eacute;'s three points beside them. The seizure design (intercom, no confederates, nobody
 * named) is the main line, so model and data mean the same thing; in one room, and with passive
 * bystanders or a named person, are points of their own.
 */
final class ShareChart {
    private final YIntervalSeries each;
    private final XYSeries anyone;
    private final XYSeries inView;
    private final XYSeries other;
    private final JFreeChart chart;
    private final java.util.List<String> texts = new java.util.ArrayList<>();

    ShareChart(Words words) {
        each = new YIntervalSeries(words.text("chart.each"));
        anyone = new XYSeries(words.text("chart.anyone"));
        inView = new XYSeries(words.text("chart.in.view"));
        other = new XYSeries(words.text("chart.other"));
        YIntervalSeriesCollection model = new YIntervalSeriesCollection();
        model.addSeries(each);
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(anyone);
        lines.addSeries(other);
        lines.addSeries(inView);
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries dl = new XYSeries(words.text("chart.data"));
        for (DarleyLatane1968.Row r : DarleyLatane1968.table1()) dl.add(r.others(), r.share());
        data.addSeries(dl);

        NumberAxis x = new NumberAxis(words.text("chart.x"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(-0.5, 8.5);
        NumberAxis y = new NumberAxis(words.text("chart.y"));
        y.setRange(0, 1.02);
        y.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(words.language().locale()));
        XYErrorRenderer er = new XYErrorRenderer();
        er.setSeriesPaint(0, Palette.ACTED);
        er.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-8, -8, 16, 16));
        er.setSeriesStroke(0, new BasicStroke(3f));
        er.setErrorStroke(new BasicStroke(3f));
        er.setDefaultLinesVisible(true);
        XYPlot plot = new XYPlot(model, x, y, er);
        plot.setDataset(1, data);
        XYLineAndShapeRenderer dr = new XYLineAndShapeRenderer(false, true);
        dr.setSeriesPaint(0, Palette.IN_NEED);
        dr.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-9, -9, 18, 18));
        plot.setRenderer(1, dr);
        plot.setDataset(2, lines);
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, true);
        lr.setSeriesPaint(0, Palette.COORDINATOR);
        lr.setSeriesStroke(0, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {10f, 8f}, 0));
        lr.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        lr.setSeriesPaint(1, Palette.CONFEDERATE);
        lr.setSeriesLinesVisible(1, false);
        lr.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
        lr.setSeriesPaint(2, Palette.HESITATING);
        lr.setSeriesLinesVisible(2, false);
        lr.setSeriesShape(2, Glyphs.shape(Glyphs.Kind.DIAMOND, 0, 0, 8));
        plot.setRenderer(2, lr);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 18), label = new Font(Font.SANS_SERIF, Font.BOLD, 18);
        for (var a : new org.jfree.chart.axis.ValueAxis[] {x, y}) {
            a.setTickLabelFont(tick);
            a.setLabelFont(label);
        }
        chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 24), plot, true);
        chart.setTitle(new TextTitle(words.text("chart.title"), Palette.TITLE.deriveFont(24f)));
        texts.addAll(java.util.List.of(words.text("chart.title"), x.getLabel(), y.getLabel(), (String) each.getKey(), (String) dl.getKey()));
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        chart.setBackgroundPaint(Color.WHITE);
    }

    /** The chart's title, axis labels and main legend entries (for the window's status). */
    java.util.List<String> texts() {
        return texts;
    }

    ChartPanel panel() {
        return new ChartPanel(chart);
    }

    /** Replaces the model's points with the tallies so far (call on the Swing thread with a copy). */
    void show(Map<ClassroomState.Condition, double[]> points) {
        each.clear();
        anyone.clear();
        other.clear();
        inView.clear();
        for (var e : points.entrySet()) {
            ClassroomState.Condition c = e.getKey();
            double[] v = e.getValue();
            if (c.confederates() == 0 && !c.named() && !c.inView()) {
                each.add(c.others(), v[0], v[1], v[2]);
                anyone.add(c.others(), v[3]);
            } else if (c.confederates() == 0 && !c.named()) {
                inView.add(c.others(), v[0]);
            } else {
                other.add(c.others(), v[0]);
            }
        }
    }

    /** A copy of the tallies as {share, low, high, anyone}, taken on the simulation's thread. */
    static Map<ClassroomState.Condition, double[]> snapshot(Map<ClassroomState.Condition, BystanderTally> tallies) {
        Map<ClassroomState.Condition, double[]> out = new java.util.LinkedHashMap<>();
        for (var e : tallies.entrySet()) {
            BystanderTally t = e.getValue();
            double h = t.shareHalfWidth();
            double s = t.shareActed();
            out.put(e.getKey(), new double[] {s, Double.isNaN(h) ? s : Math.max(0, s - h), Double.isNaN(h) ? s : Math.min(1, s + h), t.groupAnyActed()});
        }
        return out;
    }
}
