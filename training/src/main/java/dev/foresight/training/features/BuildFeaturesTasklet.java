package dev.foresight.training.features;

import dev.foresight.database.JdbcConnectionInfo;
import dev.foresight.features.FeatureCatalog;
import dev.foresight.features.FeatureSettings;
import dev.foresight.features.FeatureStore;
import dev.foresight.features.FeatureTableBuilder;
import dev.foresight.features.InteractionHistory;
import dev.foresight.features.ServingFeatureExporter;
import dev.foresight.features.SnapshotPlan;
import dev.foresight.training.SparkSessionProvider;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.TrainingRun;
import dev.foresight.training.load.SourceMapping;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Builds the point-in-time feature and label table with Spark, writes it as Parquet (partitioned by snapshot date,
 * with its manifest) and materialises the serving snapshot into PostgreSQL. Training builds every snapshot of the
 * run; rescoring only the serving one.
 */
public class BuildFeaturesTasklet implements Tasklet {

    /** Which snapshots a run needs. */
    public enum Snapshots { TRAINING_AND_SERVING, SERVING_ONLY }

    private static final Logger log = LoggerFactory.getLogger(BuildFeaturesTasklet.class);

    private final TrainingProperties properties;
    private final SparkSessionProvider spark;
    private final JdbcConnectionInfo database;
    private final ServingFeatureExporter exporter;
    private final Snapshots snapshots;

    public BuildFeaturesTasklet(TrainingProperties properties, SparkSessionProvider spark, JdbcConnectionInfo database,
                                ServingFeatureExporter exporter, Snapshots snapshots) {
        this.snapshots = snapshots;
        this.properties = properties;
        this.spark = spark;
        this.database = database;
        this.exporter = exporter;
    }

    private static long seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000_000L;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long started = System.nanoTime();
        TrainingRun run = TrainingRun.of(contribution.getStepExecution(), properties.workDirectory());
        SourceMapping mapping = SourceMapping.read(run.mapping());
        var policy = mapping.labelPolicy(run.horizonDays());
        var plan = SnapshotPlan.of(run.asOf(), run.horizonDays(), properties.fitSnapshots(), properties.snapshotStepDays());
        log.info("features: snapshots fit {} calibration {} hold-out {} serving {}", plan.fit(), plan.calibration(),
                plan.holdout(), plan.serving());

        var history = new InteractionHistory(spark.get(), database, properties.jdbcPartitions());
        Dataset<Row> daily = history.daily(run.asOf()).persist(StorageLevel.MEMORY_AND_DISK());
        Row totals = daily.agg(org.apache.spark.sql.functions.sum("n"), org.apache.spark.sql.functions.count("n")).first();
        if (totals.isNullAt(0)) {
            throw new IllegalStateException("No interactions on or before " + run.asOf() + ": nothing to learn from. "
                    + "Check --as-of and that the load step loaded rows.");
        }
        log.info("features: {} interactions read from PostgreSQL and rolled up to {} customer-days ({} rows/s)",
                totals.getLong(0), totals.getLong(1), totals.getLong(0) / Math.max(1, seconds(started)));
        var types = FeatureTableBuilder.summarizeTypes(daily);
        var settings = new FeatureSettings(properties.windowsDays(),
                mapping.customers() == null ? java.util.List.of() : mapping.customers().numericAttributes(),
                properties.recencyCapDays());
        var catalog = new FeatureCatalog(settings, policy, types.types(), types.monetaryTypes());
        var builder = new FeatureTableBuilder(catalog, policy);

        Dataset<Row> table = snapshots == Snapshots.SERVING_ONLY
                ? builder.servingTable(daily, history.customers(), plan.serving())
                : builder.table(daily, history.customers(), plan);
        log.info("features: {} interaction types ({} with amounts), {} features, computing {} snapshots",
                types.types().size(), types.monetaryTypes().size(), catalog.manifest().features().size(),
                snapshots == Snapshots.SERVING_ONLY ? 1 : plan.all().size());
        FeatureStore.write(table, run.featureTable(), catalog.manifest());
        daily.unpersist();
        log.info("features: Parquet table written to {} after {} s", run.featureTable(), seconds(started));

        long served = exporter.export(FeatureStore.snapshots(spark.get(), run.featureTable(), List.of(plan.serving())),
                plan.serving(), catalog.manifest());
        log.info("features: {} active customers materialised for serving; step took {} s", served, seconds(started));
        contribution.incrementWriteCount(served);
        return RepeatStatus.FINISHED;
    }
}
