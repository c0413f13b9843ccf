package nl.samenspel.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.Interval;
import nl.samenspel.metrics.Outcome;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's charts (JFreeChart), per headline outcome: the weekly mean with its 95 % band per
 * scenario, and each scenario's paired difference from the reference with its 95 % interval.
 */
final class ComparisonCharts {
    /**
     * Colour-blind safe (Okabe-Ito), the reference in dark grey; the same order as the report's
     * swatches (.c0, .c1, ... in style.jte). A colour only names a scenario: it never says better or worse.
     */
    static final Color[] PALETTE = {new Color(0x33, 0x33, 0x33), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9),
        new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0xF0, 0xE4, 0x42)};
    /** Lines are told apart by dash pattern and marker shape too, not by colour alone. */
    private static final float[][] DASHES = {null, {9f, 4f}, {2.5f, 3f}, {12f, 4f, 2.5f, 4f}, {5f, 5f}, {16f, 5f}, {2f, 6f}, {8f, 3f, 2f, 3f, 2f, 3f}};
    private static final java.awt.Shape[] SHAPES = {
        new java.awt.geom.Rectangle2D.Double(-4, -4, 8, 8), new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9),
        org.jfree.chart.util.ShapeUtils.createUpTriangle(5), org.jfree.chart.util.ShapeUtils.createDiamond(5),
        org.jfree.chart.util.ShapeUtils.createDownTriangle(5), org.jfree.chart.util.ShapeUtils.createDiagonalCross(4, 1.2f),
        org.jfree.chart.util.ShapeUtils.createRegularCross(5, 1.2f), new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6)};
    /**
     * Sizes for paper: a chart is 720 px wide and fills the 170 mm text width of A4 in print
     * (0.67 pt per px), so 14 px is 9.4 pt; on screen two charts stand side by side.
     */
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** A marker every this many weeks, each line's markers offset so that they do not sit on one another. */
    static final int MARKER_EVERY = 52;
    /** Flows and ratios are drawn as a quarterly moving average: weekly counts are too noisy to read. */
    static final int SMOOTHING_WEEKS = 13;
    static final int WIDTH = 720;
    static final int HEIGHT = 420;

    private final Comparison c;
    private final Language lang;
    private final ScenarioNames names;

    ComparisonCharts(Comparison c, Language lang) {
        this.c = c;
        this.lang = lang;
        this.names = new ScenarioNames(c.scenarios(), lang);
    }

    static Color colour(int scenario) {
        return PALETTE[scenario % PALETTE.length];
    }

    List<ChartSet> all() {
        List<ChartSet> out = new ArrayList<>();
        for (Outcome o : Outcome.HEADLINE) {
            out.add(overTime(o));
            if (c.scenarios().size() > 1) out.add(differences(o));
        }
        return out;
    }

    static String overTimeName(Outcome o) {
        return o.column + "_over_time";
    }

    static String differencesName(Outcome o) {
        return o.column + "_difference";
    }

    ChartSet overTime(Outcome o) {
        OutcomeView v = new OutcomeView(o, lang);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int window = o.kind == Outcome.Kind.STOCK ? 1 : SMOOTHING_WEEKS;
        for (int k = 0; k < c.scenarios().size(); k++) {
            YIntervalSeries s = new YIntervalSeries(names.title(k), false, true);
            for (int w = window - 1; w < c.weeks(); w++) {
                Interval m = c.movingMean(k, w, o, window);
                if (Double.isNaN(m.mean())) continue;
                // Flows per year, as everywhere in the report: the weekly moving average times 52.
                double f = o.kind == Outcome.Kind.FLOW ? 52 : 1;
                s.add((w + 1) / 52.0, f * v.scale(m.mean()), Math.max(0, f * v.scale(m.low())), f * v.scale(m.high()));
            }
            data.addSeries(s);
        }
        int scenarios = c.scenarios().size();
        DeviationRenderer r = new DeviationRenderer(true, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return (item + series * MARKER_EVERY / Math.max(1, scenarios)) % MARKER_EVERY == 0;
            }
        };
        r.setAlpha(0.15f);
        for (int k = 0; k < scenarios; k++) {
            r.setSeriesPaint(k, colour(k));
            r.setSeriesFillPaint(k, colour(k));
            float[] dash = DASHES[k % DASHES.length];
            r.setSeriesStroke(k, dash == null ? new BasicStroke(2.4f) : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
            r.setSeriesShape(k, SHAPES[k % SHAPES.length]);
        }
        NumberAxis x = new NumberAxis(lang.text("axis.years"));
        x.setRange(0, c.years());
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(v.label() + " (" + v.unit() + ")");
        y.setAutoRangeIncludesZero(true);
        y.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(lang.locale()));
        XYPlot plot = new XYPlot(data, x, y, r);
        style(plot.getDomainAxis(), plot.getRangeAxis());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        startMarkers(plot);
        JFreeChart chart = new JFreeChart(lang.text("chart.over_time", v.label()), TITLE, plot, true);
        chart.addSubtitle(subtitle(lang.text("chart.over_time.sub", c.replications())
                + (window > 1 ? "; " + lang.text("chart.moving_average", window) : "")));
        finish(chart);
        return new ChartSet(overTimeName(o), lang.text("chart.over_time", v.label()), chart, WIDTH, HEIGHT);
    }

    ChartSet differences(Outcome o) {
        OutcomeView v = new OutcomeView(o, lang);
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int k = 1; k < c.scenarios().size(); k++) {
            Interval d = c.difference(k, o).difference();
            // The t interval is symmetric: the renderer's "standard deviation" is its half-width.
            data.add(v.scale(d.mean()), v.scale(d.halfWidth()), lang.text("chart.difference.series"), names.title(k));
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return colour(column + 1);
            }
        };
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setErrorIndicatorStroke(new BasicStroke(1.5f));
        r.setDrawBarOutline(false);
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        CategoryAxis x = new CategoryAxis();
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        x.setMaximumCategoryLabelLines(2);
        // Let a long scenario title use a little more than its bar's share rather than break mid-word.
        x.setMaximumCategoryLabelWidthRatio(1.3f);
        String unit = v.share() ? lang.text("unit.points") : v.flow() ? lang.text("unit.per_year") : lang.text("unit.count");
        NumberAxis y = new NumberAxis(lang.text("axis.difference", names.title(0), unit));
        y.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(lang.locale()));
        y.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        style(x, y);
        JFreeChart chart = new JFreeChart(lang.text("chart.difference", v.label(), names.title(0)), TITLE, plot, false);
        chart.addSubtitle(subtitle(lang.text("chart.difference.sub", c.years())));
        finish(chart);
        return new ChartSet(differencesName(o), lang.text("chart.difference", v.label(), names.title(0)), chart, WIDTH, HEIGHT);
    }

    /** A dashed vertical line in the scenario's colour at the week its lever starts (one line per distinct week). */
    private void startMarkers(XYPlot plot) {
        java.util.Set<Integer> drawn = new java.util.HashSet<>();
        for (int k = 1; k < c.scenarios().size(); k++) {
            int week = LeverStart.week(c.scenarios().get(k));
            if (!drawn.add(week)) continue;
            ValueMarker m = new ValueMarker(week / 52.0, colour(k), new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            m.setLabel(lang.text("chart.start"));
            m.setLabelFont(LABEL);
            m.setLabelPaint(new Color(0x33, 0x33, 0x33));
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m);
        }
    }

    private static TextTitle subtitle(String text) {
        TextTitle t = new TextTitle(text, LABEL);
        t.setPaint(new Color(0x55, 0x55, 0x55));
        return t;
    }

    private static void style(org.jfree.chart.axis.Axis x, org.jfree.chart.axis.Axis y) {
        for (org.jfree.chart.axis.Axis a : new org.jfree.chart.axis.Axis[] {x, y}) {
            a.setLabelFont(LABEL);
            a.setTickLabelFont(LABEL);
        }
    }

    private static void finish(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL);
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }
}
