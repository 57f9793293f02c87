package dev.foresight.training.publish;

import dev.foresight.models.drift.DriftResult;
import dev.foresight.training.evaluate.BinaryMetrics.Metrics;
import dev.foresight.training.evaluate.Curves;
import dev.foresight.training.evaluate.HoldoutCharts;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A training run's report as one self-contained HTML page (charts inline as SVG, no scripts, no external files):
 * per target the hold-out metrics of every candidate, the champion and the baselines, and ROC, precision-recall,
 * cumulative gains, calibration and feature importance charts.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#1a202c;max-width:1150px}
            table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #cbd5e0;padding:.25rem .6rem;text-align:right}
            th:first-child,td:first-child{text-align:left}.charts{display:flex;flex-wrap:wrap;gap:1rem}
            .decision{background:#f7fafc;border-left:4px solid #2b6cb0;padding:.5rem 1rem}""";

    private HtmlReport() {
    }

    /** The whole run: a section per target. */
    public static String page(TrainingReport report) {
        var body = new StringBuilder();
        report.targets().forEach((target, r) -> body.append(section(target, r)));
        return wrap(report, "Training run " + report.runId(), body.toString());
    }

    /** One target's section as a page of its own, as the scoring service serves it per model version. */
    public static String page(TrainingReport report, String target) {
        return wrap(report, target + " v" + report.targets().get(target).modelVersion() + ", training run "
                + report.runId(), section(target, report.targets().get(target)));
    }

    private static String wrap(TrainingReport report, String title, String body) {
        String asOf = report.asOf() == null ? "" : " as of " + report.asOf() + ", horizon " + report.horizonDays() + " days";
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body><h1>" + escape(title) + "</h1><p>Foresight training run "
                + escape(report.runId()) + escape(asOf) + "</p>" + body + "</body></html>\n";
    }

    private static String section(String target, TrainingReport.TargetReport r) {
        var html = new StringBuilder("<section><h2>").append(escape(target)).append(": ")
                .append(escape(r.algorithm())).append(" v").append(r.modelVersion()).append("</h2>");
        html.append("<p class=\"decision\">").append(r.published() ? "Published as champion. " : "Not published. ")
                .append(escape(r.decision())).append("</p>");
        html.append("<p>").append(escape(r.evaluation() == null ? "" : r.evaluation()));
        if (r.trainingFrom() != null) {
            html.append("; trained on snapshots ").append(r.trainingFrom()).append(" to ").append(r.trainingTo())
                    .append(" (").append(r.trainingRows()).append(" rows), hold-out snapshot ").append(r.holdoutSnapshot());
        }
        html.append("; hold-out rows ").append(r.holdout().rows()).append(", positive rate ")
                .append(number(r.holdout().positiveRate())).append(".</p>");
        html.append(comparison(r));
        if (r.driftFromChampion() != null) {
            html.append(drift(r));
        }
        HoldoutCharts charts = r.charts();
        if (charts != null) {
            html.append("<div class=\"charts\">").append(curveCharts(r, charts))
                    .append(ReportCharts.svg(ReportCharts.calibration(r.holdout().calibration())));
            if (!charts.importance().isEmpty()) {
                html.append(ReportCharts.svg(ReportCharts.importance(charts.importance()), ReportCharts.WIDTH,
                        ReportCharts.heightFor(charts.importance().size())));
            }
            html.append("</div>");
        }
        return html.append("</section>").toString();
    }

    private static String comparison(TrainingReport.TargetReport r) {
        var html = new StringBuilder("<table><tr><th>on the hold-out</th><th>ROC AUC</th><th>PR AUC</th>"
                + "<th>log loss</th><th>Brier</th><th>lift, top 10 %</th></tr>");
        html.append(row("published: " + r.algorithm(), r.holdout()));
        if (r.candidates() != null) {
            r.candidates().forEach((name, m) -> {
                if (!name.equals(r.algorithm())) {
                    html.append(row("candidate: " + name, m));
                }
            });
        }
        if (r.championVersion() != null) {
            html.append("<tr><td>champion v").append(r.championVersion()).append("</td><td>")
                    .append(r.championAuc() == null ? "not comparable" : number(r.championAuc()))
                    .append("</td><td colspan=\"4\"></td></tr>");
        }
        if (r.baselines() != null) {
            r.baselines().forEach((name, b) -> html.append("<tr><td>baseline: ").append(escape(name)).append("</td><td>")
                    .append(number(b.rocAuc())).append("</td><td colspan=\"4\"></td></tr>"));
        }
        return html.append("</table>").toString();
    }

    /** Population stability between the champion's reference and this hold-out, the most shifted features first. */
    private static String drift(TrainingReport.TargetReport r) {
        DriftResult d = r.driftFromChampion();
        var html = new StringBuilder("<h3>Drift since champion v").append(r.championVersion()).append("</h3><p>")
                .append("Population stability index against the champion's reference population: score PSI ")
                .append(number(d.scorePsi())).append(d.drifted() ? "; shifted: a measure is at or above "
                        : "; stable: every measure is below ").append(number(d.threshold()))
                .append(" (below 0.1 is usually read as stable, above 0.25 as a significant shift).</p><table><tr><th>feature</th><th>PSI</th></tr>");
        d.featurePsi().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(10)
                .forEach(e -> html.append("<tr><td>").append(escape(e.getKey())).append("</td><td>")
                        .append(number(e.getValue())).append("</td></tr>"));
        return html.append("</table>").toString();
    }

    private static String row(String name, Metrics m) {
        return "<tr><td>" + escape(name) + "</td><td>" + number(m.rocAuc()) + "</td><td>" + number(m.prAuc()) + "</td><td>"
                + number(m.logLoss()) + "</td><td>" + number(m.brier()) + "</td><td>" + number(m.liftTopDecile()) + "</td></tr>";
    }

    private static String curveCharts(TrainingReport.TargetReport r, HoldoutCharts charts) {
        Map<String, Curves> scorers = new LinkedHashMap<>();
        scorers.put(r.algorithm() + " v" + r.modelVersion(), charts.model());
        if (charts.champion() != null) {
            scorers.put("champion v" + r.championVersion(), charts.champion());
        }
        charts.baselines().forEach((name, c) -> scorers.put("baseline: " + name, c));
        return ReportCharts.svg(ReportCharts.curves("ROC curve", "false positive rate", "true positive rate", scorers,
                Curves::roc, true))
                + ReportCharts.svg(ReportCharts.curves("Precision-recall", "recall", "precision", scorers,
                Curves::precisionRecall, false))
                + ReportCharts.svg(ReportCharts.curves("Cumulative gains (lift = gain / share contacted)",
                "share of customers contacted, highest scores first", "share of positives reached", scorers,
                Curves::gains, true));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4f", value);
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
