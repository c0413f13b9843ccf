package nl.samenspel.experiment.discovery;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import nl.samenspel.output.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** The peeling trajectory: density against coverage, one line per box, the chosen box as a large marker. */
public final class PrimChart {
    static final int WIDTH = 720;
    static final int HEIGHT = 480;
    private static final Color[] PALETTE = {new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73)};

    private PrimChart() {}

    public static JFreeChart chart(Discovery d) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int b = 0; b < d.boxes().size(); b++) {
            XYSeries s = new XYSeries("box " + (b + 1) + " peeling", false, true);
            for (Prim.Step st : d.boxes().get(b).trajectory()) s.add(st.coverage(), st.density());
            data.addSeries(s);
            XYSeries c = new XYSeries("box " + (b + 1) + " chosen", false, true);
            c.add(d.boxes().get(b).chosen().coverage(), d.boxes().get(b).chosen().density());
            data.addSeries(c);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color col = PALETTE[(i / 2) % PALETTE.length];
            r.setSeriesPaint(i, col);
            boolean chosen = i % 2 == 1;
            r.setSeriesLinesVisible(i, !chosen);
            r.setSeriesStroke(i, new BasicStroke(2f));
            r.setSeriesShape(i, chosen ? new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14) : new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        NumberAxis x = new NumberAxis("coverage");
        NumberAxis y = new NumberAxis("density");
        x.setRange(0, 1.02);
        y.setRange(0, 1.02);
        for (NumberAxis a : new NumberAxis[] {x, y}) {
            a.setLabelFont(label);
            a.setTickLabelFont(label);
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        JFreeChart chart = new JFreeChart("PRIM peeling: " + d.outcome() + (d.below() ? " below " : " above ") + d.threshold(), new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        chart.getLegend().setItemFont(label);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    public static void write(Discovery d, Path dir, String base) throws IOException {
        JFreeChart chart = chart(d);
        AtomicFiles.write(dir.resolve(base + ".png"), ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT)));
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("samenspel_prim");
        chart.draw(g, new Rectangle(WIDTH, HEIGHT));
        AtomicFiles.write(dir.resolve(base + ".svg"), g.getSVGDocument());
    }
}
