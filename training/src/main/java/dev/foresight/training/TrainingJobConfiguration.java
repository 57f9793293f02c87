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
 * The one training job: load customers → load interactions → build features → train churn → train upsell →
 * publish → batch-score → check drift → raise churn alerts. Each step is restartable: loads resume at the row they stopped at and skip rows already
 * stored; Spark and training steps rewrite their run-directory output; publish, scoring and alerts are idempotent.
 */
@Configuration(proxyBeanMethods = false)
public class TrainingJobConfiguration {

    public static final String JOB_NAME = "foresight-training";

    private final JobRepository jobs;
    private final PlatformTransactionManager transactions;
    private final TrainingProperties properties;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

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
        return new JobBuilder(JOB_NAME, jobs)
                .start(loadCustomers).next(loadInteractions).next(buildFeatures)
                .next(trainChurn).next(trainUpsell).next(publish).next(batchScore).next(checkDrift).next(raiseAlerts)
                .build();
    }

    @Bean
    Step checkDrift(ModelRegistry registry, DriftChecks checks, JdbcClient jdbcClient) {
        return new StepBuilder("check-drift", jobs)
                .tasklet(new CheckDriftTasklet(registry, checks, jdbcClient, json, properties.driftThreshold()), transactions)
                .build();
    }

    @Bean
    Step raiseAlerts(ModelRegistry registry, JdbcClient jdbcClient) {
        return new StepBuilder("raise-alerts", jobs)
                .tasklet(new RaiseChurnAlertsTasklet(properties, registry, jdbcClient), transactions).build();
    }

    @Bean
    Step loadCustomers(AbstractItemCountingItemStreamItemReader<RawRecord> customerReader, CustomerMapper customerMapper,
                       RejectRecorder<CustomerRecord> customerRejects) {
        return new StepBuilder("load-customers", jobs).<RawRecord, CustomerRecord>chunk(properties.chunkSize())
                .transactionManager(transactions)
                .reader(customerReader).processor(customerMapper).writer(new CustomerWriter(jdbc, json))
                .faultTolerant().skipPolicy(rejectPolicy()).skipListener(customerRejects)
                .listener(new LoadProgress())
                .build();
    }

    @Bean
    Step loadInteractions(AbstractItemCountingItemStreamItemReader<RawRecord> interactionReader, InteractionMapper interactionMapper,
                          RejectRecorder<Interaction> interactionRejects) {
        return new StepBuilder("load-interactions", jobs).<RawRecord, Interaction>chunk(properties.chunkSize())
                .transactionManager(transactions)
                .reader(interactionReader).processor(interactionMapper).writer(new InteractionWriter(jdbc, json))
                .faultTolerant().skipPolicy(rejectPolicy()).skipListener(interactionRejects)
                .listener(new LoadProgress())
                .build();
    }

    @Bean
    Step buildFeatures(SparkSessionProvider spark, DataSource dataSource, JdbcClient jdbcClient) {
        var exporter = new ServingFeatureExporter(JdbcConnectionInfo.of(dataSource), jdbcClient,
                new TransactionTemplate(transactions));
        return new StepBuilder("build-features", jobs)
                .tasklet(new BuildFeaturesTasklet(properties, spark, JdbcConnectionInfo.of(dataSource), exporter), transactions)
                .build();
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
        return new StepBuilder("publish", jobs).tasklet(new PublishTasklet(properties, registry, json, jobs), transactions).build();
    }

    @Bean
    Step batchScore(ModelRegistry registry, RiskBands bands, DataSource dataSource) {
        var scorer = new BatchScorer(registry, bands, new PredictionWriter(dataSource), json);
        return new StepBuilder("batch-score", jobs).<FeatureRow, FeatureRow>chunk(properties.chunkSize())
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

    private SkipPolicy rejectPolicy() {
        long max = properties.maxRejects();
        return (t, skipped) -> t instanceof MalformedRecordException && (max < 0 || skipped < max);
    }

    private Step trainStep(String target, SparkSessionProvider spark, ModelRegistry registry) {
        return new StepBuilder("train-" + target, jobs)
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
