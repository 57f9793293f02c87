package dev.foresight.training.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.drift.DriftResult;
import dev.foresight.training.evaluate.BinaryMetrics;
import dev.foresight.training.evaluate.Curves;
import dev.foresight.training.evaluate.HoldoutCharts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The report page parses, names what it compares, and every chart is an SVG that a real renderer draws. */
class HtmlReportTest {

    @Test
    void everyChartIsAnSvgThatRendersToAVisibleImage() throws Exception {
        Document page = Jsoup.parse(HtmlReport.page(report(), "churn"));
        List<Element> charts = page.select("svg");
        assertThat(charts).as("ROC, precision-recall, gains, calibration, importance").hasSize(5);
        java.nio.file.Path rendered = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/report-charts"));
        for (int c = 0; c < charts.size(); c++) {
            BufferedImage image = render(charts.get(c).outerHtml());
            ImageIO.write(image, "png", rendered.resolve("chart-" + c + ".png").toFile()); // to look at
            assertThat(image.getWidth()).isGreaterThan(300);
            assertThat(inkedShare(image)).as("share of the chart that is drawn").isBetween(0.02, 0.6);
        }
        assertThat(page.title()).isEqualTo("churn v3, training run run-7");
        String text = page.text();
        assertThat(text).contains("ROC curve", "Precision-recall", "Cumulative gains", "Calibration", "Feature importance",
                "champion v2", "baseline: recency", "candidate: LOGISTIC_REGRESSION", "Published as champion",
                "Drift since champion v2", "score PSI 0.3100", "days_since_activity 0.4000");
    }

    @Test
    void textFromTheDataIsEscaped() {
        var report = report();
        var target = report.targets().get("churn");
        var hostile = new TrainingReport.TargetReport("<script>alert(1)</script>", target.holdout(), target.baselines(),
                target.candidates(), target.selectionAuc(), target.championVersion(), target.championAuc(), true, 3,
                "a & b", target.trainingFrom(), target.trainingTo(), target.holdoutSnapshot(), 10, "e", null, null, null,
                null, null, null);
        String html = HtmlReport.page(new TrainingReport("run-7", null, null, Map.of(), Map.of("churn", hostile)));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;", "a &amp; b");
    }

    private static TrainingReport report() {
        var random = new SplittableRandom(3);
        int n = 2_000;
        double[] model = new double[n];
        double[] champion = new double[n];
        double[] recency = new double[n];
        boolean[] outcome = new boolean[n];
        for (int i = 0; i < n; i++) {
            outcome[i] = random.nextDouble() < 0.2;
            double signal = outcome[i] ? 1 : 0;
            model[i] = 1 / (1 + Math.exp(-(2 * signal - 1.5 + random.nextGaussian())));
            champion[i] = 1 / (1 + Math.exp(-(signal - 1.5 + random.nextGaussian())));
            recency[i] = signal + 2 * random.nextGaussian();
        }
        BinaryMetrics.Metrics metrics = BinaryMetrics.of(model, outcome);
        Map<String, Double> importance = new LinkedHashMap<>();
        importance.put("days_since_activity", 0.8);
        importance.put("count_login_30d", 0.3);
        var charts = new HoldoutCharts(Curves.of(model, outcome), Curves.of(champion, outcome),
                Map.of("recency", Curves.of(recency, outcome)), importance);
        LocalDate d = LocalDate.of(2024, 6, 1);
        var target = new TrainingReport.TargetReport("XGBOOST", metrics,
                Map.of("recency", new TrainingReport.BaselineResult(BinaryMetrics.rocAuc(recency, outcome))),
                Map.of("XGBOOST", metrics, "LOGISTIC_REGRESSION", BinaryMetrics.of(champion, outcome)), Map.of(), 2,
                BinaryMetrics.rocAuc(champion, outcome), true, 3, "beats the baselines and the champion", d, d, d, 8_000,
                PublishTasklet.HOLDOUT, null, null, null, null, charts, new DriftResult(0.31,
                        Map.of("days_since_activity", 0.4, "count_login_30d", 0.02), n, 0.25));
        return new TrainingReport("run-7", d, 90, Map.of(), Map.of("churn", target));
    }

    private static BufferedImage render(String svg) throws Exception {
        var png = new ByteArrayOutputStream();
        // jsoup lower-cases attribute names such as viewBox; the XML parser keeps the SVG as JFreeSVG wrote it
        String xml = Jsoup.parse(svg, "", Parser.xmlParser()).outerHtml();
        new PNGTranscoder().transcode(new TranscoderInput(new StringReader(xml)), new TranscoderOutput(png));
        return ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    }

    private static double inkedShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                boolean transparent = (argb >>> 24) < 16;
                boolean white = (argb & 0xffffff) == 0xffffff;
                inked += transparent || white ? 0 : 1;
            }
        }
        return inked / (double) (image.getWidth() * image.getHeight());
    }
}
