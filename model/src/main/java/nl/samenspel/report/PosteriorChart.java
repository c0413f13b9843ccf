package nl.samenspel.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.samenspel.experiment.calibration.FitTables;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * The calibration's posterior at a glance: per free parameter, its 5-95 % posterior range as a bar
 * on the prior range scaled to 0..1 (0 = prior low, 1 = prior high), the median and the point
 * estimate as marks. A bar as wide as the axis means the targets said nothing about the parameter.
 */
public final class PosteriorChart {
    static final int WIDTH = 900;

    private PosteriorChart() {}

    public static JFreeChart chart(List<FitTables.Posterior> posteriors) {
        int n = posteriors.size();
        String[] keys = new String[n];
        Number[][] starts = new Number[1][n];
        Number[][] ends = new Number[1][n];
        DefaultCategoryDataset marks = new DefaultCategoryDataset();
        for (int i = 0; i < n; i++) {
            FitTables.Posterior p = posteriors.get(i);
            keys[i] = p.key();
            starts[0][i] = scaled(p, p.p05());
            ends[0][i] = scaled(p, p.p95());
        }
        for (int i = 0; i < n; i++) {
            FitTables.Posterior p = posteriors.get(i);
            marks.addValue(scaled(p, p.p50()), "posterior median", p.key());
            marks.addValue(scaled(p, p.point()), "point estimate (baseline)", p.key());
        }
        DefaultIntervalCategoryDataset bars = new DefaultIntervalCategoryDataset(new String[] {"posterior 5-95 %"}, keys, starts, ends);
        IntervalBarRenderer barRenderer = new IntervalBarRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, new Color(0x9ECAE1));
        NumberAxis axis = new NumberAxis("place in the prior range (0 = low, 1 = high)");
        axis.setRange(0, 1);
        CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis("free parameter"), axis, barRenderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        LineAndShapeRenderer markRenderer = new LineAndShapeRenderer(false, true);
        markRenderer.setSeriesPaint(0, new Color(0x08519C));
        markRenderer.setSeriesPaint(1, new Color(0xD62728));
        markRenderer.setSeriesStroke(1, new BasicStroke(2f));
        plot.setDataset(1, marks);
        plot.setRenderer(1, markRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Calibration: posterior 5-95 % of each free parameter within its prior", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static double scaled(FitTables.Posterior p, double v) {
        return (v - p.low()) / (p.high() - p.low());
    }

    /** Writes {@code base.png} and {@code base.svg}, tall enough for one row per parameter. */
    public static void write(List<FitTables.Posterior> posteriors, Path dir, String base) throws IOException {
        new ChartSet(base, "posterior", chart(posteriors), WIDTH, 160 + 26 * posteriors.size()).writeTo(dir);
    }
}
