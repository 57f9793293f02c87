package dev.foresight.training.publish;

import dev.foresight.models.Targets;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.RegisteredModel;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.TrainingRun;
import dev.foresight.training.train.TargetOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers each target's chosen model and makes it champion when {@link PromotionPolicy} allows (it beats its
 * baselines, and the current champion within a tolerance, on the same hold-out); writes the report file and prints
 * a summary. Registering is idempotent per run, so a restart does not add
 * versions.
 */
public class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    static final String HOLDOUT = "time-ordered hold-out: the snapshot after every training label";

    private final TrainingProperties properties;
    private final ModelRegistry registry;
    private final JsonMapper json;
    private final JobRepository jobs;
    private final ModelPublisher publisher;

    public PublishTasklet(TrainingProperties properties, ModelRegistry registry, JsonMapper json, JobRepository jobs) {
        this.properties = properties;
        this.registry = registry;
        this.json = json;
        this.jobs = jobs;
        this.publisher = new ModelPublisher(registry, new PromotionPolicy(properties.promotionTolerance()));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        TrainingRun run = TrainingRun.of(contribution.getStepExecution(), properties.workDirectory());
        Map<String, TrainingReport.TargetReport> targets = new LinkedHashMap<>();
        Map<String, RegisteredModel> models = new LinkedHashMap<>();
        for (String target : Targets.ALL) {
            TargetOutcome outcome = json.readValue(Files.readString(run.outcomeFile(target)), TargetOutcome.class);
            byte[] artifact = Files.readAllBytes(run.modelFile(target));
            ModelPublisher.Published published = publisher.publish(run.runId(), outcome, artifact);
            RegisteredModel model = published.model();
            PromotionPolicy.Decision decision = published.decision();
            models.put(target, model);
            Map<String, TrainingReport.BaselineResult> baselines = new LinkedHashMap<>();
            outcome.baselineAuc().forEach((name, auc) -> baselines.put(name, new TrainingReport.BaselineResult(auc)));
            targets.put(target, new TrainingReport.TargetReport(outcome.algorithm(), outcome.holdout(), baselines,
                    outcome.candidates(), outcome.selectionAuc(), outcome.championVersion(), outcome.championAuc(),
                    decision.promote(), model.version(), decision.reason(),
                    outcome.trainingFrom(), outcome.trainingTo(), outcome.holdoutSnapshot(), outcome.trainingRows(),
                    HOLDOUT, null, null, null, null, outcome.charts(), outcome.driftFromChampion()));
        }
        var report = new TrainingReport(run.runId(), run.asOf(), run.horizonDays(),
                loadCounts(contribution.getStepExecution()), targets);
        models.forEach((target, model) -> registry.attachReport(model.id(), HtmlReport.page(report, target)));
        var html = ReportFiles.write(run.reportFile(), report, json);
        log.info("report written to {} and {}\n{}", run.reportFile().toAbsolutePath(), html, summary(report));
        return RepeatStatus.FINISHED;
    }

    /**
     * Counts of this run's load steps over all their executions (a restarted load continues a failed one). Only
     * committed chunks count, so every row read was either loaded or rejected: none is dropped.
     */
    private Map<String, TrainingReport.LoadCounts> loadCounts(StepExecution publish) {
        List<StepExecution> executions = jobs.getJobExecutions(publish.getJobExecution().getJobInstance()).stream()
                .flatMap(job -> job.getStepExecutions().stream()).toList();
        Map<String, TrainingReport.LoadCounts> counts = new LinkedHashMap<>();
        for (String step : List.of("load-customers", "load-interactions")) {
            List<StepExecution> runs = executions.stream().filter(e -> e.getStepName().equals(step)).toList();
            long loaded = runs.stream().mapToLong(StepExecution::getWriteCount).sum();
            long rejected = runs.stream().mapToLong(e -> e.getProcessSkipCount() + e.getReadSkipCount()).sum();
            counts.put(step.substring("load-".length()), new TrainingReport.LoadCounts(loaded + rejected, loaded, rejected));
        }
        return counts;
    }

    /** The metrics the registry keeps with a model (the API's model list reads the hold-out ROC AUC from it). */
    public static Map<String, Object> metrics(TargetOutcome outcome) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("holdout", outcome.holdout());
        metrics.put("baselines", outcome.baselineAuc());
        metrics.put("candidates", outcome.candidates());
        metrics.put("selectionAuc", outcome.selectionAuc());
        return metrics;
    }

    static String summary(TrainingReport report) {
        var out = new StringBuilder("Training run " + report.runId() + " as of " + report.asOf() + ", horizon "
                + report.horizonDays() + " days\n");
        report.load().forEach((source, c) -> out.append(String.format("loaded %s: %d read, %d stored, %d rejected%n",
                source, c.read(), c.loaded(), c.rejected())));
        out.append(String.format("%-8s %-20s %8s %8s %8s %8s %8s  %s%n", "target", "algorithm", "ROC AUC", "PR AUC",
                "logloss", "Brier", "lift@10", "baselines (ROC AUC) / decision"));
        report.targets().forEach((target, r) -> out.append(String.format("%-8s %-20s %8.4f %8.4f %8.4f %8.4f %8.2f  %s%n",
                target, r.algorithm() + " v" + r.modelVersion(), r.holdout().rocAuc(), r.holdout().prAuc(),
                r.holdout().logLoss(), r.holdout().brier(), r.holdout().liftTopDecile(), r.decision())));
        return out.toString();
    }
}
