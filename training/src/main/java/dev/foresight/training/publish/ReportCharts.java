package dev.foresight.training.publish;

import dev.foresight.training.evaluate.BinaryMetrics.CalibrationBin;
import dev.foresight.training.evaluate.Curves;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's charts as JFreeChart charts: inlined in the HTML report as SVG, and shown in notebooks as images
 * ({@code chart.createBufferedImage(520, 360)}).
 */
public final class ReportCharts {

    static final int WIDTH = 520;
    static final int HEIGHT = 360;

    private ReportCharts() {
    }

    /** One curve per scorer (the model first), plus the diagonal a random ranking would give where it means something. */
    public static JFreeChart curves(String title, String x, String y, Map<String, Curves> scorers, Function<Curves, List<double[]>> curve,
                         boolean diagonal) {
        var data = new XYSeriesCollection();
        scorers.forEach((name, c) -> data.addSeries(series(name, curve.apply(c))));
        if (diagonal) {
            var random = new XYSeries("random");
            random.add(0, 0);
            random.add(1, 1);
            data.addSeries(random);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL, true, false, false);
        styleLines(chart, data.getSeriesCount(), diagonal);
        return chart;
    }

    public static JFreeChart calibration(List<CalibrationBin> bins) {
        var observed = new XYSeries("observed rate per probability band");
        bins.forEach(b -> observed.add(b.meanPredicted(), b.observedRate()));
        var perfect = new XYSeries("perfect calibration");
        perfect.add(0, 0);
        perfect.add(1, 1);
        var data = new XYSeriesCollection(observed);
        data.addSeries(perfect);
        JFreeChart chart = ChartFactory.createXYLineChart("Calibration", "mean predicted probability",
                "observed positive rate", data, PlotOrientation.VERTICAL, true, false, false);
        styleLines(chart, 2, true);
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setSeriesShapesVisible(0, true);
        return chart;
    }

    public static JFreeChart importance(Map<String, Double> importance) {
        var data = new DefaultCategoryDataset();
        importance.forEach((feature, value) -> data.addValue(value, "mean |contribution|", feature));
        JFreeChart chart = ChartFactory.createBarChart("Feature importance", null,
                "mean absolute contribution to the log-odds", data, PlotOrientation.HORIZONTAL, false, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, new Color(0x2b6cb0));
        return chart;
    }

    /** Height that gives each of {@code bars} bars room for its label. */
    static int heightFor(int bars) {
        return Math.max(HEIGHT, 40 + 22 * bars);
    }

    private static XYSeries series(String name, List<double[]> points) {
        var series = new XYSeries(name, false, true);
        points.forEach(p -> series.add(p[0], p[1]));
        return series;
    }

    private static void styleLines(JFreeChart chart, int series, boolean lastIsReference) {
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        var renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series; i++) {
            renderer.setSeriesStroke(i, new BasicStroke(i == 0 ? 2.5f : 1.5f));
        }
        if (lastIsReference) {
            renderer.setSeriesPaint(series - 1, Color.GRAY);
            renderer.setSeriesStroke(series - 1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {4, 4}, 0));
        }
        plot.setRenderer(renderer);
    }

    static String svg(JFreeChart chart) {
        return svg(chart, WIDTH, HEIGHT);
    }

    static String svg(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        var g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(width, height));
        return g.getSVGElement();
    }
}
