package dev.foresight.training.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.foresight.features.FeatureStore;
import dev.foresight.features.FeatureTableBuilder;
import dev.foresight.features.SparkSessions;
import dev.foresight.training.cli.ForesightCli;
import dev.foresight.training.generate.SyntheticHistoryGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The training job, unchanged, on a real standalone cluster (a master and two workers, separate JVMs, loopback):
 * the feature table and every model metric equal those of the same job in local mode. MLlib trains upsell here,
 * so its learner runs on executors too.
 */
class SparkStandaloneClusterTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @AfterEach
    void clearPort() {
        System.clearProperty("foresight.embedded-database.port");
    }

    @Test
    void trainingOnAStandaloneClusterGivesTheSameFeatureTableAndMetricsAsLocalMode() throws Exception {
        System.setProperty("foresight.embedded-database.port", "0");
        Path data = work.resolve("data");
        new SyntheticHistoryGenerator(11, 1_000, END.minusYears(2), END).writeTo(data);

        assertThat(train(data, "local", "local[2]")).isZero();
        JsonNode applications;
        StandaloneCluster cluster = StandaloneCluster.start(work.resolve("cluster"), 7077, 2, 1, "2g");
        try (cluster) {
            assertThat(train(data, "cluster", "spark://127.0.0.1:7077")).isZero();
            applications = cluster.masterState().path("completedapps");
        }
        assertThat(cluster.stopped()).as("every process the test started is stopped").isTrue();
        assertThat(applications).as("the job ran as an application of the cluster").isNotEmpty();
        assertThat(applications.get(0).path("name").asText()).isEqualTo("foresight");

        assertSameFeatureTables(work.resolve("local/runs/run-1/features"), work.resolve("cluster/runs/run-1/features"));
        JsonNode local = JSON.readTree(work.resolve("local.json").toFile());
        JsonNode clustered = JSON.readTree(work.resolve("cluster.json").toFile());
        for (String target : List.of("churn", "upsell")) {
            JsonNode l = local.path("targets").path(target);
            JsonNode c = clustered.path("targets").path(target);
            assertThat(c.path("algorithm").asText()).isEqualTo(l.path("algorithm").asText());
            // MLlib sums gradients per partition on the executors; another order of the same additions moves
            // probabilities by ~1e-6, never the ranking
            for (String metric : List.of("rocAuc", "prAuc", "logLoss", "brier", "liftTopDecile")) {
                assertThat(c.path("holdout").path(metric).asDouble()).as("%s %s", target, metric)
                        .isCloseTo(l.path("holdout").path(metric).asDouble(), within(1e-4));
            }
        }
        assertThat(local.path("targets").path("upsell").path("candidates").has("SPARK_GBT")).isTrue();
    }

    private int train(Path data, String name, String master) {
        return new CommandLine(new ForesightCli()).execute("train",
                "--events", data.resolve("interactions.csv").toString(),
                "--mapping", Path.of("../examples/synthetic.yml").toAbsolutePath().toString(),
                "--as-of", END.minusDays(1).toString(), "--horizon", "90d",
                "--workspace", work.resolve(name).toString(), "--report", work.resolve(name + ".json").toString(),
                "--spark-master", master, "--learners", "upsell=SPARK_GBT,XGBOOST");
    }

    /** Same rows and values; sums may be added in another order on executors, so numbers agree to 1e-9. */
    private static void assertSameFeatureTables(Path local, Path cluster) {
        assertThat(Files.isDirectory(cluster)).isTrue();
        SparkSession spark = SparkSessions.create("local[2]", 2);
        try {
            Dataset<Row> a = FeatureStore.read(spark, local).alias("a");
            Dataset<Row> b = FeatureStore.read(spark, cluster).alias("b");
            assertThat(b.columns()).containsExactlyInAnyOrder(a.columns());
            assertThat(b.count()).isEqualTo(a.count()).isPositive();
            List<Column> differences = new ArrayList<>();
            for (var field : a.schema().fields()) {
                String n = field.name();
                Column x = org.apache.spark.sql.functions.col("a.`" + n + "`");
                Column y = org.apache.spark.sql.functions.col("b.`" + n + "`");
                differences.add(field.dataType() instanceof org.apache.spark.sql.types.NumericType
                        ? org.apache.spark.sql.functions.abs(x.cast("double").minus(y.cast("double")))
                                .gt(org.apache.spark.sql.functions.abs(x.cast("double")).multiply(1e-9).plus(1e-9))
                        : x.eqNullSafe(y).unary_$bang());
            }
            Column anyDifference = differences.stream().reduce(Column::or).orElseThrow();
            Dataset<Row> joined = a.join(b, a.col(FeatureTableBuilder.SNAPSHOT).equalTo(b.col(FeatureTableBuilder.SNAPSHOT))
                    .and(a.col(FeatureTableBuilder.CUSTOMER).equalTo(b.col(FeatureTableBuilder.CUSTOMER))), "full_outer");
            assertThat(joined.filter(anyDifference.or(a.col(FeatureTableBuilder.CUSTOMER).isNull())
                    .or(b.col(FeatureTableBuilder.CUSTOMER).isNull())).count()).as("rows that differ").isZero();
        } finally {
            spark.stop();
        }
    }
}
