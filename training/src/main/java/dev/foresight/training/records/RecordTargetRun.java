package dev.foresight.training.records;

import dev.foresight.models.registry.ChampionChange;
import dev.foresight.models.registry.ModelArtifacts;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.NewModel;
import dev.foresight.models.registry.RegisteredModel;
import dev.foresight.training.SparkSessionProvider;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.publish.PromotionPolicy;
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

    public RecordTargetRun(TrainingProperties properties, ModelRegistry registry, JdbcTemplate jdbc, JsonMapper json,
                           SparkSessionProvider spark) {
        this.properties = properties;
        this.registry = registry;
        this.jdbc = jdbc;
        this.json = json;
        this.spark = spark;
    }

    public TrainingReport run(TargetDefinition target, Path reportFile) throws IOException {
        String runId = target.name() + "-" + RUN_ID.format(Instant.now());
        log.info("{}: reading {}", target.name(), RecordTable.describe(target.source()));
        RecordTable table = RecordTable.read(target.source(), spark);
        var trained = new RecordTargetTrainer(properties.xgboost()).train(target, table, champion(target.name()));
        quarantine(target, trained.quarantined());
        TargetOutcome outcome = trained.outcome();
        RegisteredModel model = registry.register(new NewModel(target.name(), runId, outcome.algorithm(),
                outcome.hyperParameters(), metrics(trained), outcome.manifest(), outcome.calibration(),
                outcome.typicalValues(), null, null, null, ModelArtifacts.toBytes(trained.model())));
        PromotionPolicy.Decision decision = new PromotionPolicy(properties.promotionTolerance()).decide(outcome);
        if (decision.promote()) {
            registry.promote(model.id(), ChampionChange.Action.AUTO_PROMOTE, "training " + runId, decision.reason());
        }
        var report = report(runId, table, trained, model, decision);
        if (reportFile != null) {
            Files.createDirectories(reportFile.toAbsolutePath().getParent());
            Files.writeString(reportFile, json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        }
        log.info("{}\n{}", reportFile == null ? "" : "report written to " + reportFile.toAbsolutePath(),
                summary(target.name(), trained, model, decision));
        return report;
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
        return metrics;
    }

    private static String evaluation(RecordTargetTrainer.Trained trained) {
        return "stratified " + trained.foldAuc().values().iterator().next().length
                + "-fold cross-validation: every record scored by a model that did not see it";
    }

    private static TrainingReport report(String runId, RecordTable table, RecordTargetTrainer.Trained trained,
                                         RegisteredModel model, PromotionPolicy.Decision decision) {
        TargetOutcome o = trained.outcome();
        int quarantined = trained.quarantined().size();
        long read = table.rows().size() + table.unreadable().size();
        var target = new TrainingReport.TargetReport(o.algorithm(), o.holdout(),
                baselines(o), o.candidates(), o.selectionAuc(), o.championVersion(), o.championAuc(), decision.promote(),
                model.version(), decision.reason(), null, null, null, o.trainingRows(), evaluation(trained),
                trained.readiness(), trained.foldAuc());
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
        out.append(String.format(Locale.ROOT, "%-22s %s%n", "algorithm", "ROC AUC per fold, mean ± sd"));
        trained.foldAuc().forEach((algorithm, folds) -> {
            var stats = Arrays.stream(folds).summaryStatistics();
            double mean = stats.getAverage();
            double sd = Math.sqrt(Arrays.stream(folds).map(a -> (a - mean) * (a - mean)).sum() / Math.max(1, folds.length - 1));
            out.append(String.format(Locale.ROOT, "%-22s %s  %.4f ± %.4f%s%n", algorithm,
                    Arrays.stream(folds).mapToObj(a -> String.format(Locale.ROOT, "%.4f", a)).toList(), mean, sd,
                    algorithm.equals(trained.outcome().algorithm()) ? "  (chosen)" : ""));
        });
        trained.outcome().baselineAuc().forEach((name, auc) ->
                out.append(String.format(Locale.ROOT, "%-22s %.4f%n", "baseline", auc)).append("  ").append(name).append('\n'));
        out.append(String.format(Locale.ROOT, "model v%d: %s%n", model.version(), decision.reason()));
        return out.toString();
    }
}
