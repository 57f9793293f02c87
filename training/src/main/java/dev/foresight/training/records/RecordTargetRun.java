package dev.foresight.training.records;

import dev.foresight.models.registry.ChampionChange;
import dev.foresight.models.registry.ModelArtifacts;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.NewModel;
import dev.foresight.models.registry.RegisteredModel;
import dev.foresight.training.SparkSessionProvider;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.publish.HtmlReport;
import dev.foresight.training.publish.PromotionPolicy;
import dev.foresight.training.publish.ReportFiles;
import dev.foresight.training.publish.PublishTasklet;
import dev.foresight.training.publish.TrainingReport;
import dev.foresight.training.train.TargetOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code foresight train --target FILE}: reads the target's records, trains and evaluates it
 * ({@link RecordTargetTrainer}), quarantines unusable records in {@code load_rejects}, registers the model in the
 * same registry as churn and upsell, promotes it under the same {@link PromotionPolicy}, and writes the report.
 */
@Component
public class RecordTargetRun {

    private static final Logger log = LoggerFactory.getLogger(RecordTargetRun.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final TrainingProperties properties;
    private final ModelRegistry registry;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final SparkSessionProvider spark;
    private final JdbcClient jdbcClient;

    public RecordTargetRun(TrainingProperties properties, ModelRegistry registry, JdbcTemplate jdbc, JsonMapper json,
                           SparkSessionProvider spark) {
        this.properties = properties;
        this.registry = registry;
        this.jdbc = jdbc;
        this.json = json;
        this.spark = spark;
        this.jdbcClient = JdbcClient.create(jdbc);
    }

    public TrainingReport run(TargetDefinition target, Path reportFile) throws IOException {
        String runId = target.name() + "-" + RUN_ID.format(Instant.now());
        log.info("{}: reading {}", target.name(), RecordTable.describe(target.source()));
        RecordTable table = RecordTable.read(target.source(), spark);
        if (target.history() != null) {
            table = HistoryJoin.join(table, target.history(), jdbcClient, json);
        }
        var trained = new RecordTargetTrainer(properties.xgboost()).train(target, table, champion(target.name()));
        quarantine(target, trained.quarantined());
        TargetOutcome outcome = trained.outcome();
        RegisteredModel model = registry.register(new NewModel(target.name(), runId, outcome.algorithm(),
                outcome.hyperParameters(), metrics(trained), outcome.manifest(), outcome.calibration(),
                outcome.typicalValues(), null, null, null, ModelArtifacts.toBytes(trained.model())));
        PromotionPolicy.Decision decision = new PromotionPolicy(properties.promotionTolerance()).decide(outcome);
        Map<String, Integer> segmentVersions = new java.util.LinkedHashMap<>();
        for (SegmentModels.Segment segment : trained.segments()) {
            if (segment.published()) {
                RegisteredModel registered = registerSegment(runId, outcome, segment);
                segmentVersions.put(segment.target(), registered.version());
                if (decision.promote()) {
                    registry.promote(registered.id(), ChampionChange.Action.AUTO_PROMOTE, "training " + runId,
                            "published with " + target.name() + " v" + model.version() + ": " + segment.decision());
                }
            }
        }
        if (decision.promote()) {
            registry.promote(model.id(), ChampionChange.Action.AUTO_PROMOTE, "training " + runId, decision.reason());
        }
        var report = report(runId, table, trained, model, decision, segmentVersions);
        registry.attachReport(model.id(), HtmlReport.page(report, target.name()));
        if (reportFile != null) {
            ReportFiles.write(reportFile, report, json);
        }
        log.info("{}\n{}", reportFile == null ? "" : "report written to " + reportFile.toAbsolutePath(),
                summary(target.name(), trained, model, decision));
        return report;
    }

    /**
     * A segment's own model. It becomes champion only together with its global model, whose encoding lists it:
     * serving routes a record to a segment model only through the global champion.
     */
    private RegisteredModel registerSegment(String runId, TargetOutcome global, SegmentModels.Segment segment) {
        Map<String, Object> metrics = new java.util.LinkedHashMap<>();
        metrics.put("holdout", segment.metrics());
        metrics.put("globalModelRocAuc", segment.globalAuc());
        metrics.put("evaluation", "stratified cross-validation on the segment's records, against the global model's "
                + "out-of-fold scores of the same records");
        return registry.register(new NewModel(segment.target(), runId, global.algorithm(), global.hyperParameters(),
                metrics, segment.manifest(), segment.calibration(), segment.typicalValues(), null, null, null,
                ModelArtifacts.toBytes(segment.model())));
    }

    private RecordTargetTrainer.Champion champion(String target) {
        return registry.champion(target)
                .filter(m -> m.metrics().get("holdout") instanceof Map<?, ?> holdout && holdout.get("rocAuc") instanceof Number)
                .map(m -> new RecordTargetTrainer.Champion(m.version(),
                        ((Number) ((Map<?, ?>) m.metrics().get("holdout")).get("rocAuc")).doubleValue()))
                .orElse(null);
    }

    /** Unreadable records and records without an outcome, kept with the reason (a rerun replaces them, not adds). */
    private void quarantine(TargetDefinition target, List<RecordTargetTrainer.Quarantined> records) {
        String source = "target:" + target.name();
        jdbc.update("DELETE FROM load_rejects WHERE source = ?", source);
        jdbc.batchUpdate("INSERT INTO load_rejects (source, source_line, raw_record, reason) VALUES (?, ?, ?, ?)",
                records, 1000, (statement, q) -> {
                    statement.setString(1, source);
                    statement.setLong(2, q.record().line());
                    statement.setString(3, q.record().raw() == null ? q.record().values().toString() : q.record().raw());
                    statement.setString(4, q.reason());
                });
    }

    private Map<String, Object> metrics(RecordTargetTrainer.Trained trained) {
        Map<String, Object> metrics = new java.util.LinkedHashMap<>(PublishTasklet.metrics(trained.outcome()));
        metrics.put("evaluation", evaluation(trained));
        metrics.put("foldRocAuc", trained.foldAuc());
        metrics.put("foldChoices", trained.foldChoices());
        return metrics;
    }

    private static String evaluation(RecordTargetTrainer.Trained trained) {
        return "nested stratified " + trained.foldChoices().size() + "-fold cross-validation: every record scored by "
                + "a model chosen and trained without it";
    }

    private static TrainingReport report(String runId, RecordTable table, RecordTargetTrainer.Trained trained,
                                         RegisteredModel model, PromotionPolicy.Decision decision,
                                         Map<String, Integer> segmentVersions) {
        TargetOutcome o = trained.outcome();
        int quarantined = trained.quarantined().size();
        long read = table.rows().size() + table.unreadable().size();
        var target = new TrainingReport.TargetReport(o.algorithm(), o.holdout(),
                baselines(o), o.candidates(), o.selectionAuc(), o.championVersion(), o.championAuc(), decision.promote(),
                model.version(), decision.reason(), null, null, null, o.trainingRows(), evaluation(trained),
                trained.readiness(), trained.foldAuc(), trained.foldChoices(), trained.segments().stream()
                        .map(s -> new TrainingReport.SegmentReport(s.value(), s.target(), s.records(), s.positives(),
                                s.ownAuc(), s.globalAuc(), s.decision(), segmentVersions.get(s.target())))
                        .toList(), o.charts(), null);
        return new TrainingReport(runId, null, null,
                Map.of("records", new TrainingReport.LoadCounts(read, read - quarantined, quarantined)),
                Map.of(o.target(), target));
    }

    private static Map<String, TrainingReport.BaselineResult> baselines(TargetOutcome o) {
        Map<String, TrainingReport.BaselineResult> baselines = new java.util.LinkedHashMap<>();
        o.baselineAuc().forEach((name, auc) -> baselines.put(name, new TrainingReport.BaselineResult(auc)));
        return baselines;
    }

    static String summary(String target, RecordTargetTrainer.Trained trained, RegisteredModel model,
                          PromotionPolicy.Decision decision) {
        var r = trained.readiness();
        var out = new StringBuilder(String.format(Locale.ROOT,
                "Target %s: %d records (%d with the outcome, %.1f%%), %d quarantined, %d fields excluded%n",
                target, r.records(), r.positives(), 100 * r.outcomeRate(), r.quarantined(), r.excluded().size()));
        r.excluded().forEach((field, why) -> out.append("  excluded ").append(field).append(": ").append(why).append('\n'));
        out.append("ROC AUC per fold, mean ± sd, candidate:\n");
        trained.foldAuc().forEach((algorithm, folds) -> {
            var stats = Arrays.stream(folds).summaryStatistics();
            double mean = stats.getAverage();
            double sd = Math.sqrt(Arrays.stream(folds).map(a -> (a - mean) * (a - mean)).sum() / Math.max(1, folds.length - 1));
            out.append(String.format(Locale.ROOT, "  %s  %.4f ± %.4f  %s%n",
                    Arrays.stream(folds).mapToObj(a -> String.format(Locale.ROOT, "%.4f", a)).toList(), mean, sd, algorithm));
        });
        trained.outcome().baselineAuc().forEach((name, auc) ->
                out.append(String.format(Locale.ROOT, "  baseline %s: %.4f%n", name, auc)));
        out.append(String.format(Locale.ROOT, "published model's estimate (nested): ROC AUC %.4f, PR AUC %.4f, Brier %.4f%n",
                trained.outcome().holdout().rocAuc(), trained.outcome().holdout().prAuc(), trained.outcome().holdout().brier()));
        trained.segments().forEach(s -> out.append("  segment ").append(s.value()).append(": ").append(s.decision()).append('\n'));
        out.append(String.format(Locale.ROOT, "model v%d: %s%n", model.version(), decision.reason()));
        return out.toString();
    }
}
