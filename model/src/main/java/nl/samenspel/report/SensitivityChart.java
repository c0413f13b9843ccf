package nl.samenspel.report;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import nl.samenspel.experiment.sweep.Sensitivity;
import nl.samenspel.experiment.sweep.SobolIndices;
import nl.samenspel.output.AtomicFiles;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** A bar chart of one outcome's first-order and total Sobol indices per parameter, as PNG and SVG. */
public final class SensitivityChart {
    static final int WIDTH = 900;
    static final int HEIGHT = 520;

    private SensitivityChart() {}

    /** An interval wider than this says the sample is too small to rank the parameters. */
    public static final double WIDE = 0.5;

    /** Whether any index's bootstrap interval is wider than {@link #WIDE}. */
    public static boolean wide(Sensitivity.OutcomeIndices oi) {
        SobolIndices x = oi.indices();
        for (int i = 0; i < oi.parameters().size(); i++) {
            if (x.firstHigh()[i] - x.firstLow()[i] > WIDE || x.totalHigh()[i] - x.totalLow()[i] > WIDE) return true;
        }
        return false;
    }

    public static JFreeChart chart(Sensitivity.OutcomeIndices oi) {
        // Whiskers: the bootstrap interval, drawn symmetric at its wider side (the renderer draws mean +- one width).
        org.jfree.data.statistics.DefaultStatisticalCategoryDataset data = new org.jfree.data.statistics.DefaultStatisticalCategoryDataset();
        SobolIndices x = oi.indices();
        for (int i = 0; i < oi.parameters().size(); i++) {
            data.add(x.first()[i], Math.max(x.firstHigh()[i] - x.first()[i], x.first()[i] - x.firstLow()[i]), "first order", oi.parameters().get(i));
            data.add(x.total()[i], Math.max(x.totalHigh()[i] - x.total()[i], x.total()[i] - x.totalLow()[i]), "total", oi.parameters().get(i));
        }
        JFreeChart chart = ChartFactory.createBarChart("Sobol indices: " + oi.outcome(), "parameter", "index", data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        org.jfree.chart.renderer.category.StatisticalBarRenderer sr = new org.jfree.chart.renderer.category.StatisticalBarRenderer();
        sr.setErrorIndicatorPaint(Color.BLACK);
        plot.setRenderer(sr);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(wide(oi)
                ? "whiskers: 95 % bootstrap interval. WARNING: intervals wider than " + WIDE + ": too few samples to rank these parameters"
                : "whiskers: 95 % bootstrap interval"));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, new Color(0x1F77B4));
        r.setSeriesPaint(1, new Color(0xFF7F0E));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Writes {@code base.png} and {@code base.svg}. */
    public static void write(Sensitivity.OutcomeIndices oi, Path dir, String base) throws IOException {
        JFreeChart chart = chart(oi);
        AtomicFiles.write(dir.resolve(base + ".png"), ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT)));
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(WIDTH, HEIGHT));
        AtomicFiles.write(dir.resolve(base + ".svg"), g.getSVGDocument());
    }
}
