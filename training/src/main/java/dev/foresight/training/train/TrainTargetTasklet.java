package dev.foresight.training.train;

import dev.foresight.features.SnapshotPlan;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.training.SparkSessionProvider;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.json.JsonMapper;

/** Trains, calibrates and evaluates one target; writes the chosen model and its outcome into the run directory. */
public class TrainTargetTasklet implements Tasklet {

    private final String target;
    private final TrainingProperties properties;
    private final SparkSessionProvider spark;
    private final JsonMapper json;
    private final ModelRegistry registry;

    public TrainTargetTasklet(String target, TrainingProperties properties, SparkSessionProvider spark, JsonMapper json,
                              ModelRegistry registry) {
        this.registry = registry;
        this.target = target;
        this.properties = properties;
        this.spark = spark;
        this.json = json;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        TrainingRun run = TrainingRun.of(contribution.getStepExecution(), properties.workDirectory());
        var plan = SnapshotPlan.of(run.asOf(), run.horizonDays(), properties.fitSnapshots(), properties.snapshotStepDays());
        List<Learner> learners = properties.learners(target).stream().map(l -> l.create(properties)).toList();
        var trained = new TargetTraining(spark.get(), registry).train(target, run.featureTable(), plan, learners);
        Files.createDirectories(run.modelFile(target).getParent());
        Files.write(run.modelFile(target), trained.model().artifact());
        Files.writeString(run.outcomeFile(target), json.writeValueAsString(trained.outcome()));
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
