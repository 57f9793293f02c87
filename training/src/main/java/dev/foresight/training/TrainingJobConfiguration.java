package dev.foresight.training;

import dev.foresight.database.JdbcConnectionInfo;
import dev.foresight.features.FeatureTableBuilder;
import dev.foresight.features.ServingFeatureExporter;
import dev.foresight.models.Targets;
import dev.foresight.models.drift.DriftChecks;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.scoring.RiskBands;
import dev.foresight.training.alerts.RaiseChurnAlertsTasklet;
import dev.foresight.training.drift.CheckDriftTasklet;
import dev.foresight.training.features.BuildFeaturesTasklet;
import dev.foresight.training.load.CsvRecordReader;
import dev.foresight.training.load.CustomerMapper;
import dev.foresight.training.load.CustomerRecord;
import dev.foresight.training.load.CustomerWriter;
import dev.foresight.training.load.Interaction;
import dev.foresight.training.load.InteractionMapper;
import dev.foresight.training.load.InteractionWriter;
import dev.foresight.training.load.JdbcRecordReader;
import dev.foresight.training.load.LoadProgress;
import dev.foresight.training.load.MalformedRecordException;
import dev.foresight.training.load.ParquetRecordReader;
import dev.foresight.training.load.RawRecord;
import dev.foresight.training.load.RejectRecorder;
import dev.foresight.training.load.SourceMapping;
import dev.foresight.training.publish.PublishTasklet;
import dev.foresight.training.score.BatchScorer;
import dev.foresight.training.score.FeatureRow;
import dev.foresight.training.score.PredictionWriter;
import dev.foresight.training.train.TrainTargetTasklet;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The training job: load customers → load interactions → build features → train churn → train upsell →
 * publish → batch-score → check drift → raise churn alerts; and the rescoring job, its subset without training. Each step is restartable: loads resume at the row they stopped at and skip rows already
 * stored; Spark and training steps rewrite their run-directory output; publish, scoring and alerts are idempotent.
 */
@Configuration(proxyBeanMethods = false)
public class TrainingJobConfiguration {

    public static final String JOB_NAME = "foresight-training";
    public static final String RESCORING_JOB_NAME = "foresight-rescoring";

    private final JobRepository jobs;
    private final PlatformTransactionManager transactions;
    private final TrainingProperties properties;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final JobProgress progress = new JobProgress();

    TrainingJobConfiguration(JobRepository jobs, PlatformTransactionManager transactions, TrainingProperties properties,
                             JdbcTemplate jdbc, JsonMapper json) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.properties = properties;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Bean
    Job trainingJob(Step loadCustomers, Step loadInteractions, Step buildFeatures, Step trainChurn, Step trainUpsell,
                    Step publish, Step batchScore, Step checkDrift, Step raiseAlerts) {
        return job(JOB_NAME, loadCustomers, loadInteractions, buildFeatures, trainChurn, trainUpsell, publish, batchScore,
                checkDrift, raiseAlerts);
    }

    /**
     * Rescoring with the published champions, on its own schedule: loads what is new, builds only the serving
     * snapshot, scores it, checks drift and raises alerts. Nothing is trained or published.
     */
    @Bean
    Job rescoringJob(Step loadCustomers, Step loadInteractions, Step buildServingFeatures, Step batchScore,
                     Step checkDrift, Step raiseAlerts) {
        return job(RESCORING_JOB_NAME, loadCustomers, loadInteractions, buildServingFeatures, batchScore, checkDrift,
                raiseAlerts);
    }

    @Bean
    Step checkDrift(ModelRegistry registry, DriftChecks checks, JdbcClient jdbcClient) {
        return step("check-drift")
                .tasklet(new CheckDriftTasklet(registry, checks, jdbcClient, json, properties.driftThreshold()), transactions)
                .build();
    }

    @Bean
    Step raiseAlerts(ModelRegistry registry, JdbcClient jdbcClient) {
        return step("raise-alerts")
                .tasklet(new RaiseChurnAlertsTasklet(properties, registry, jdbcClient), transactions).build();
    }

    @Bean
    Step loadCustomers(AbstractItemCountingItemStreamItemReader<RawRecord> customerReader, CustomerMapper customerMapper,
                       RejectRecorder<CustomerRecord> customerRejects) {
        return step("load-customers").<RawRecord, CustomerRecord>chunk(properties.chunkSize())
                .transactionManager(transactions)
                .reader(customerReader).processor(customerMapper).writer(new CustomerWriter(jdbc, json))
                .faultTolerant().skipPolicy(rejectPolicy()).skipListener(customerRejects)
                .listener(new LoadProgress())
                .build();
    }

    @Bean
    Step loadInteractions(AbstractItemCountingItemStreamItemReader<RawRecord> interactionReader, InteractionMapper interactionMapper,
                          RejectRecorder<Interaction> interactionRejects) {
        return step("load-interactions").<RawRecord, Interaction>chunk(properties.chunkSize())
                .transactionManager(transactions)
                .reader(interactionReader).processor(interactionMapper).writer(new InteractionWriter(jdbc, json))
                .faultTolerant().skipPolicy(rejectPolicy()).skipListener(interactionRejects)
                .listener(new LoadProgress())
                .build();
    }

    @Bean
    Step buildFeatures(SparkSessionProvider spark, DataSource dataSource, JdbcClient jdbcClient) {
        return featureStep("build-features", BuildFeaturesTasklet.Snapshots.TRAINING_AND_SERVING, spark, dataSource, jdbcClient);
    }

    @Bean
    Step buildServingFeatures(SparkSessionProvider spark, DataSource dataSource, JdbcClient jdbcClient) {
        return featureStep("build-serving-features", BuildFeaturesTasklet.Snapshots.SERVING_ONLY, spark, dataSource, jdbcClient);
    }

    private Step featureStep(String name, BuildFeaturesTasklet.Snapshots snapshots, SparkSessionProvider spark,
                             DataSource dataSource, JdbcClient jdbcClient) {
        var exporter = new ServingFeatureExporter(JdbcConnectionInfo.of(dataSource), jdbcClient,
                new TransactionTemplate(transactions));
        return step(name).tasklet(new BuildFeaturesTasklet(properties, spark,
                JdbcConnectionInfo.of(dataSource), exporter, snapshots), transactions).build();
    }

    @Bean
    Step trainChurn(SparkSessionProvider spark, ModelRegistry registry) {
        return trainStep(Targets.CHURN, spark, registry);
    }

    @Bean
    Step trainUpsell(SparkSessionProvider spark, ModelRegistry registry) {
        return trainStep(Targets.UPSELL, spark, registry);
    }

    @Bean
    Step publish(ModelRegistry registry) {
        return step("publish").tasklet(new PublishTasklet(properties, registry, json, jobs), transactions).build();
    }

    @Bean
    Step batchScore(ModelRegistry registry, RiskBands bands, DataSource dataSource) {
        var scorer = new BatchScorer(registry, bands, new PredictionWriter(dataSource), json);
        return step("batch-score").<FeatureRow, FeatureRow>chunk(properties.chunkSize())
                .transactionManager(transactions)
                .reader(FeatureRow.reader(dataSource, json)).writer(scorer)
                .listener(scorer).listener(new LoadProgress())
                .build();
    }

    @Bean
    @StepScope
    AbstractItemCountingItemStreamItemReader<RawRecord> customerReader(@Value("#{jobParameters['mapping']}") String mapping,
                                               @Value("#{jobParameters['events']}") String events) {
        SourceMapping.Customers customers = SourceMapping.read(Path.of(mapping)).customers();
        if (customers == null || customers.file() == null) {
            return new NoRecords();
        }
        return new CsvRecordReader(Path.of(events).toAbsolutePath().getParent().resolve(customers.file()), ",");
    }

    @Bean
    @StepScope
    AbstractItemCountingItemStreamItemReader<RawRecord> interactionReader(@Value("#{jobParameters['mapping']}") String mapping,
                                                  @Value("#{jobParameters['events']}") String events,
                                                  SparkSessionProvider spark) {
        SourceMapping source = SourceMapping.read(Path.of(mapping));
        return switch (source.format()) {
            case CSV -> new CsvRecordReader(Path.of(events), source.delimiter());
            case PARQUET -> new ParquetRecordReader(Path.of(events), spark);
            case JDBC -> new JdbcRecordReader(source.jdbc());
        };
    }

    @Bean
    @StepScope
    InteractionMapper interactionMapper(@Value("#{jobParameters['mapping']}") String mapping,
                                        @Value("#{jobParameters['events']}") String events) {
        SourceMapping source = SourceMapping.read(Path.of(mapping));
        return new InteractionMapper(source, sourceName(source, events));
    }

    @Bean
    @StepScope
    CustomerMapper customerMapper(@Value("#{jobParameters['mapping']}") String mapping,
                                  @Value("#{jobParameters['events']}") String events) {
        SourceMapping source = SourceMapping.read(Path.of(mapping));
        return new CustomerMapper(source, sourceName(source, events) + "#customers");
    }

    @Bean
    @StepScope
    RejectRecorder<Interaction> interactionRejects(@Value("#{jobParameters['mapping']}") String mapping,
                                                   @Value("#{jobParameters['events']}") String events) {
        return new RejectRecorder<>(jdbc, sourceName(SourceMapping.read(Path.of(mapping)), events));
    }

    @Bean
    @StepScope
    RejectRecorder<CustomerRecord> customerRejects(@Value("#{jobParameters['mapping']}") String mapping,
                                                   @Value("#{jobParameters['events']}") String events) {
        return new RejectRecorder<>(jdbc, sourceName(SourceMapping.read(Path.of(mapping)), events) + "#customers");
    }

    /** A source is named by its mapping and file name, so reloading the same export is recognised. */
    static String sourceName(SourceMapping mapping, String events) {
        return mapping.name() + ":" + (mapping.format() == SourceMapping.Format.JDBC ? "query"
                : Path.of(events).getFileName().toString());
    }

    /** The steps in order, each reporting its position in the job as it starts and ends. */
    private Job job(String name, Step first, Step... rest) {
        List<Step> steps = new java.util.ArrayList<>(List.of(first));
        steps.addAll(List.of(rest));
        progress.register(name, steps.stream().map(Step::getName).toList());
        var builder = new JobBuilder(name, jobs).start(first);
        for (Step step : rest) {
            builder = builder.next(step);
        }
        return builder.build();
    }

    private StepBuilder step(String name) {
        return new StepBuilder(name, jobs).listener(progress);
    }

    private SkipPolicy rejectPolicy() {
        long max = properties.maxRejects();
        return (t, skipped) -> t instanceof MalformedRecordException && (max < 0 || skipped < max);
    }

    private Step trainStep(String target, SparkSessionProvider spark, ModelRegistry registry) {
        return step("train-" + target)
                .tasklet(new TrainTargetTasklet(target, properties, spark, json, registry), transactions)
                .build();
    }

    /** The reader of an absent optional file. */
    static final class NoRecords extends AbstractItemCountingItemStreamItemReader<RawRecord> {
        NoRecords() {
            setName("no-records");
        }

        @Override
        protected RawRecord doRead() {
            return null;
        }

        @Override
        protected void doOpen() {
        }

        @Override
        protected void doClose() {
        }
    }
}
