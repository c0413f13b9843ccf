package nl.samenspel.experiment.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** bench.png: nanoseconds of one thread per resident-week (wall clock) against the number of residents. */
public final class BenchChart {
    private BenchChart() {}

    public static byte[] png(List<BenchResult> results) throws IOException {
        XYSeries single = new XYSeries("one thread (district, district-65k, city)");
        XYSeries sweep = new XYSeries("sweep, per thread");
        for (BenchResult r : results) (r.threads() == 1 ? single : sweep).add(r.residents(), r.nanosPerResidentWeek());
        XYSeriesCollection data = new XYSeriesCollection(single);
        if (sweep.getItemCount() > 0) data.addSeries(sweep);
        JFreeChart chart = ChartFactory.createXYLineChart("Cost per resident-week (samenspel bench)", "residents",
                "nanoseconds per resident-week", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        LogAxis residents = new LogAxis("residents (log scale)");
        residents.setTickUnit(new NumberTickUnit(1)); // one tick per power of ten
        residents.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        double lo = Double.MAX_VALUE, hi = 0;
        for (BenchResult r : results) {
            lo = Math.min(lo, r.residents());
            hi = Math.max(hi, r.residents());
        }
        if (hi > 0) residents.setRange(Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi * 1.01))));
        plot.setDomainAxis(residents);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesLinesVisible(1, false);
        plot.setRenderer(renderer);
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, 640, 400);
        return out.toByteArray();
    }
}
