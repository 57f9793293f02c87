package dev.foresight.training.notebook;

import dev.foresight.features.FeatureStore;
import dev.foresight.features.SnapshotPlan;
import dev.foresight.models.FeatureManifest;
import dev.foresight.models.drift.DriftChecks;
import dev.foresight.models.drift.DriftResult;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.RegisteredModel;
import dev.foresight.training.SparkSessionProvider;
import dev.foresight.training.TrainingApplication;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.drift.ServingDrift;
import dev.foresight.training.publish.ModelPublisher;
import dev.foresight.training.publish.PromotionPolicy;
import dev.foresight.training.train.LearnerType;
import dev.foresight.training.train.TargetOutcome;
import dev.foresight.training.train.TargetTrainer;
import dev.foresight.training.train.TargetTraining;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Foresight workspace opened from a notebook or JShell: the feature tables of its training runs, its database
 * (the embedded one in {@code <workspace>/pgdata}, or any by {@code spring.datasource.url}), the model registry
 * and Spark, with the same training, publishing and drift code the job runs.
 *
 * <pre>{@code
 * try (var ws = Workspace.open(Path.of(".foresight"))) {
 *     ws.features().groupBy("snapshot_date").count().show();
 *     var trained = ws.train("churn", LearnerType.XGBOOST, LearnerType.SPARK_GBT);
 *     ws.publish(trained);  // registered, and champion if the promotion policy allows
 * }
 * }</pre>
 */
public final class Workspace implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path run;

    private Workspace(ConfigurableApplicationContext context, Path run) {
        this.context = context;
        this.run = run;
    }

    /** Opens the workspace a {@code ./foresight demo|train --workspace DIR} wrote; fails at once if it holds no run. */
    public static Workspace open(Path directory) {
        return open(directory, Map.of());
    }

    /** As above, with extra Spring properties, e.g. {@code foresight.training.spark-master}. */
    public static Workspace open(Path directory, Map<String, Object> properties) {
        Path run = latestRun(directory.resolve("runs"));
        Map<String, Object> p = new HashMap<>();
        p.put("foresight.embedded-database.data-directory", directory.resolve("pgdata").toString());
        p.put("foresight.embedded-database.port", "0");
        p.put("foresight.training.work-directory", directory.resolve("runs").toString());
        p.put("foresight.training.spark-master", "local[2]");
        p.putAll(properties);
        var context = new SpringApplicationBuilder(TrainingApplication.class).web(WebApplicationType.NONE)
                .properties(p).run();
        return new Workspace(context, run);
    }

    /** The newest training run directory. */
    static Path latestRun(Path runs) {
        String hint = " Run `./foresight demo --workspace " + runs.getParent() + "` (or train) first.";
        if (!Files.isDirectory(runs)) {
            throw new IllegalStateException("No Foresight workspace at " + runs.getParent().toAbsolutePath()
                    + ": it has no runs/ folder." + hint);
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            // a training run: rescoring runs hold only the serving snapshot and no models
            return dirs.filter(d -> Files.exists(d.resolve("features").resolve(FeatureStore.MANIFEST_FILE))
                            && Files.isDirectory(d.resolve("models")))
                    .max(Comparator.comparingLong(Workspace::runNumber))
                    .orElseThrow(() -> new IllegalStateException("The workspace " + runs.getParent().toAbsolutePath()
                            + " has no training run (a feature table and models)." + hint));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long runNumber(Path run) {
        String name = run.getFileName().toString();
        return name.startsWith("run-") ? Long.parseLong(name.substring(4)) : -1;
    }

    public Path featureTable() {
        return run.resolve("features");
    }

    public FeatureManifest manifest() {
        return FeatureStore.manifest(featureTable());
    }

    /** Every snapshot of the latest run's feature table (Parquet, partitioned by {@code snapshot_date}). */
    public Dataset<Row> features() {
        return FeatureStore.read(spark(), featureTable());
    }

    /** The latest run's snapshot dates: fit, calibration, hold-out and serving, as the job used them. */
    public SnapshotPlan plan() {
        TargetOutcome outcome = outcome("churn");
        int horizon = (int) ChronoUnit.DAYS.between(outcome.calibrationSnapshot(), outcome.holdoutSnapshot());
        TrainingProperties p = properties();
        return SnapshotPlan.of(outcome.holdoutSnapshot().plusDays(horizon), horizon, p.fitSnapshots(), p.snapshotStepDays());
    }

    /** What the job's training of a target produced in the latest run: metrics, candidates, curves. */
    public TargetOutcome outcome(String target) {
        Path file = run.resolve("models").resolve(target + ".json");
        if (!Files.exists(file)) {
            throw new IllegalStateException("Run " + run.getFileName() + " has no trained " + target + " model");
        }
        try {
            return context.getBean(JsonMapper.class).readValue(Files.readString(file), TargetOutcome.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trains a target on the latest run's feature table with these learners, next to its baselines and champion. */
    public TargetTrainer.Trained train(String target, LearnerType... learners) {
        if (learners.length == 0) {
            throw new IllegalArgumentException("name at least one learner: " + Arrays.toString(LearnerType.values()));
        }
        return new TargetTraining(spark(), registry()).train(target, featureTable(), plan(),
                Arrays.stream(learners).map(l -> l.create(properties())).toList());
    }

    /** Registers a trained model; it becomes champion if it passes the same promotion policy as the job's. */
    public ModelPublisher.Published publish(TargetTrainer.Trained trained) {
        String runId = "notebook-" + LocalDate.now() + "-" + System.currentTimeMillis();
        return new ModelPublisher(registry(), new PromotionPolicy(properties().promotionTolerance()))
                .publish(runId, trained.outcome(), trained.model().artifact());
    }

    /** The champion's latest batch scores and serving features against its reference distribution. */
    public DriftResult servingDrift(String target) {
        RegisteredModel champion = registry().champion(target)
                .orElseThrow(() -> new IllegalStateException("No champion for " + target));
        var reference = registry().reference(champion.id()).orElseThrow(() -> new IllegalStateException(
                target + " v" + champion.version() + " has no reference distribution (registered before drift checks)"));
        var serving = new ServingDrift(jdbc(), context.getBean(JsonMapper.class));
        LocalDate asOf = serving.asOf().orElseThrow(() -> new IllegalStateException("No serving snapshot yet"));
        return serving.measure(champion, reference, asOf, properties().driftThreshold());
    }

    public ModelRegistry registry() {
        return context.getBean(ModelRegistry.class);
    }

    public DriftChecks driftChecks() {
        return context.getBean(DriftChecks.class);
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public SparkSession spark() {
        return context.getBean(SparkSessionProvider.class).get();
    }

    private TrainingProperties properties() {
        return context.getBean(TrainingProperties.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
