package dev.foresight.training.train;

import dev.foresight.features.FeatureStore;
import dev.foresight.features.SnapshotPlan;
import dev.foresight.models.FeatureManifest;
import dev.foresight.models.Targets;
import dev.foresight.models.registry.ModelRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.foresight.training.SparkSessionProvider;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.json.JsonMapper;

/** Trains, calibrates and evaluates one target; writes the chosen model and its outcome into the run directory. */
public class TrainTargetTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(TrainTargetTasklet.class);

    private final String target;
    private final String labelColumn;
    private final TrainingProperties properties;
    private final SparkSessionProvider spark;
    private final JsonMapper json;
    private final ModelRegistry registry;

    public TrainTargetTasklet(String target, String labelColumn, TrainingProperties properties,
                              SparkSessionProvider spark, JsonMapper json, ModelRegistry registry) {
        this.registry = registry;
        this.target = target;
        this.labelColumn = labelColumn;
        this.properties = properties;
        this.spark = spark;
        this.json = json;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        TrainingRun run = TrainingRun.of(contribution.getStepExecution(), properties.workDirectory());
        var plan = SnapshotPlan.of(run.asOf(), run.horizonDays(), properties.fitSnapshots(), properties.snapshotStepDays());
        FeatureManifest manifest = FeatureStore.manifest(run.featureTable());
        List<Learner> learners = properties.learners(target).stream().map(l -> l.create(properties)).toList();
        TargetTrainer.Trained trained;
        try (FitRows fit = FitRows.read(spark.get(), run.featureTable(), manifest, labelColumn, Set.copyOf(plan.fit()))) {
            var split = new TargetTrainer.Split(fit,
                    rows(run, manifest, Set.of(plan.calibration())),
                    rows(run, manifest, Set.of(plan.holdout())),
                    plan.fit().get(0), plan.fit().get(plan.fit().size() - 1), plan.calibration(), plan.holdout());
            trained = new TargetTrainer(learners).train(target, manifest, split, baselines(manifest), currentChampion());
        }
        Files.createDirectories(run.modelFile(target).getParent());
        Files.write(run.modelFile(target), trained.model().artifact());
        Files.writeString(run.outcomeFile(target), json.writeValueAsString(trained.outcome()));
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }

    private TargetTrainer.Champion currentChampion() {
        return registry.champion(target).map(registered -> {
            try {
                return new TargetTrainer.Champion(registered.version(), registry.load(registered),
                        registry.reference(registered.id()).orElse(null));
            } catch (RuntimeException e) {
                log.warn("Current {} champion v{} cannot be loaded ({}); the challenger is compared with baselines only",
                        target, registered.version(), e.getMessage());
                return null;
            }
        }).orElse(null);
    }

    private LabelledRows rows(TrainingRun run, FeatureManifest manifest, Set<LocalDate> snapshots) {
        return LabelledRows.read(spark.get(), run.featureTable(), manifest, labelColumn, snapshots);
    }

    private List<Baseline> baselines(FeatureManifest manifest) {
        if (Targets.CHURN.equals(target)) {
            return List.of(new Baseline("recency", "days_since_activity", 1));
        }
        String spend = manifest.names().contains("amount_90d") ? "amount_90d" : "amount_total";
        return List.of(new Baseline("recency", "days_since_activity", -1), new Baseline("spend", spend, 1));
    }
}
