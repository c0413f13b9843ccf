package nl.samenspel.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import nl.samenspel.output.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** One chart of the report, with the file name it is written under as PNG and SVG. */
record ChartSet(String name, String caption, JFreeChart chart, int width, int height) {
    /** The PNG is drawn at twice the size so that it stays sharp on high-resolution screens and in print. */
    private static final double PNG_SCALE = 2;

    byte[] png() throws IOException {
        return ChartUtils.encodeAsPNG(chart.createBufferedImage((int) (width * PNG_SCALE), (int) (height * PNG_SCALE), width, height, null));
    }

    String svg() {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // The default prefix is taken from the clock; a fixed one keeps the file byte-identical between runs.
        g.setDefsKeyPrefix("samenspel_" + name);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg}; returns the PNG bytes for embedding. */
    byte[] writeTo(Path dir) throws IOException {
        byte[] png = png();
        AtomicFiles.write(dir.resolve(name + ".png"), png);
        AtomicFiles.write(dir.resolve(name + ".svg"), svg());
        return png;
    }
}
