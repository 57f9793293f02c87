package dev.foresight.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.database.JdbcConnectionInfo;
import dev.foresight.scoring.ScoringServiceApplication;
import dev.foresight.scoring.access.ApiKeys;
import dev.foresight.scoring.access.Role;
import dev.foresight.training.generate.SyntheticHistoryGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole path on a generated history with a few malformed rows: the first run fails in the load step (no
 * rejects allowed); the restart finishes the load where it stopped without duplicating a row, then fails in the
 * feature step (Spark master unreachable); the next restart starts at the feature step, trains, publishes and
 * batch-scores, and the scoring service answers over HTTP from the same PostgreSQL. Running the same file again
 * starts a new run that adds no interaction. Rescoring a day later scores the new serving snapshot with the
 * champions and trains nothing.
 */
class TrainingJobEndToEndTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void failedStepsRestartWhereTheyStoppedWithoutDuplicatesThenTrainPublishScoreAndServe() throws Exception {
        Path data = work.resolve("data");
        long generated = new SyntheticHistoryGenerator(7, 2_000, END.minusYears(2), END).writeTo(data);
        List<String> malformed = List.of(
                "C000001,2026-02-30T10:00:00Z,login,web,,,",        // bad date
                "C000002,2026-03-01T10:00:00Z,purchase,web,12.x,1,", // non-numeric amount
                ",2026-03-01T10:00:00Z,login,web,,,",                // missing id
                "C000003,2026-03-01T10:00:00Z,teleport,web,,,");     // unknown type
        insertAfterLine(data.resolve("interactions.csv"), 5_000, malformed);

        var parameters = new JobParametersBuilder()
                .addString(TrainingRun.EVENTS, data.resolve("interactions.csv").toString())
                .addString(TrainingRun.MAPPING, Path.of("../examples/synthetic.yml").toAbsolutePath().toString())
                .addString(TrainingRun.AS_OF, END.minusDays(1).toString())
                .addString(TrainingRun.HORIZON_DAYS, "90")
                .addString(TrainingRun.REPORT, work.resolve("report.json").toString(), false)
                .toJobParameters();

        JobExecution failed;
        long loadedBeforeFailure;
        try (var training = training("0", "local[2]")) {
            failed = training.getBean(TrainingLauncher.class).run(parameters);
            loadedBeforeFailure = count(training, "interactions");
            JdbcClient.create(training.getBean(DataSource.class))
                    .sql("INSERT INTO webhook_subscriptions (url, secret) VALUES ('http://127.0.0.1:9/hook', 'secret')").update();
        }
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(loadedBeforeFailure).isPositive().isLessThan(generated);

        JobExecution sparkDown;
        try (var training = training("-1", "spark://127.0.0.1:1")) { // no Spark master there
            sparkDown = training.getBean(TrainingLauncher.class).run(parameters);
            assertThat(count(training, "interactions")).isEqualTo(generated);
        }
        assertThat(sparkDown.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(sparkDown.getStepExecutions()).extracting(s -> s.getStepName() + ":" + s.getStatus())
                .containsExactly("load-interactions:COMPLETED", "build-features:FAILED");

        try (var training = training("-1", "local[2]")) {
            JobExecution restarted = training.getBean(TrainingLauncher.class).run(parameters);
            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(restarted.getStepExecutions()).extracting(s -> s.getStepName())
                    .doesNotContain("load-customers", "load-interactions").contains("build-features", "batch-score");

            var jdbc = JdbcClient.create(training.getBean(DataSource.class));
            assertThat(count(training, "interactions")).isEqualTo(generated);
            List<Map<String, Object>> rejects = jdbc.sql("SELECT source_line, reason FROM load_rejects ORDER BY source_line")
                    .query().listOfRows();
            assertThat(rejects).extracting(r -> r.get("reason")).containsExactly(
                    "bad date in occurred_at: '2026-02-30T10:00:00Z'", "non-numeric amount: '12.x'",
                    "missing customer_id", "unknown type in type: 'teleport'");
            assertThat(rejects).extracting(r -> ((Number) r.get("source_line")).longValue())
                    .containsExactly(5_001L, 5_002L, 5_003L, 5_004L);

            JsonNode report = JSON.readTree(Files.readString(work.resolve("report.json")));
            assertThat(report.at("/load/interactions/read").asLong()).isEqualTo(generated + malformed.size());
            assertThat(report.at("/load/interactions/loaded").asLong()).isEqualTo(generated);
            assertThat(report.at("/load/interactions/rejected").asLong()).isEqualTo(malformed.size());
            for (String target : List.of("churn", "upsell")) {
                JsonNode t = report.at("/targets/" + target);
                double auc = t.at("/holdout/rocAuc").asDouble();
                assertThat(auc).as(target + " hold-out AUC").isGreaterThan(t.at("/baselines/recency/rocAuc").asDouble());
                assertThat(t.get("published").asBoolean()).as(target + " published").isTrue();
                assertThat(t.at("/holdout/rows").asLong()).isPositive();
            }

            long active = count(training, "customer_features");
            assertThat(count(training, "predictions")).isEqualTo(2 * active);
            long firstAlerts = count(training, "churn_alerts");
            assertThat(firstAlerts).as("a first score alerts those at or above the threshold").isEqualTo(
                    jdbc.sql("SELECT count(*) FROM predictions WHERE target = 'churn' AND probability >= 0.6")
                            .query(Long.class).single());
            assertThat(count(training, "webhook_outbox")).as("every alert is queued for the subscriber").isEqualTo(firstAlerts);
            assertThat(Files.exists(work.resolve("runs/run-1/features/_manifest.json"))).isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM drift_checks").query(Long.class).single())
                    .as("a drift check per champion after scoring").isEqualTo(2);

            String customer = jdbc.sql("SELECT customer_id FROM customer_features ORDER BY customer_id LIMIT 1")
                    .query(String.class).single();
            try (var scoring = scoring(JdbcConnectionInfo.of(training.getBean(DataSource.class)))) {
                int port = ((WebServerApplicationContext) scoring).getWebServer().getPort();
                String key = scoring.getBean(ApiKeys.class).create("e2e", Role.DATA_SCIENTIST).key();
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/customers/" + customer + "/predictions"))
                        .header("X-API-Key", key).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                JsonNode body = JSON.readTree(response.body());
                assertThat(body.at("/predictions/churn/raising").size() + body.at("/predictions/churn/lowering").size())
                        .isBetween(1, 10);
                JsonNode reason = body.at("/predictions/churn/raising").isEmpty()
                        ? body.at("/predictions/churn/lowering/0") : body.at("/predictions/churn/raising/0");
                assertThat(reason.get("text").asText()).contains(": ").contains("(typical: ");
                assertThat(body.at("/predictions/upsell/score").asInt()).isBetween(0, 100);
                double stored = jdbc.sql("SELECT probability FROM predictions WHERE customer_id = ? AND target = 'churn'")
                        .param(customer).query(Double.class).single();
                assertThat(body.at("/predictions/churn/probability").asDouble()).isCloseTo(stored,
                        org.assertj.core.api.Assertions.within(1e-4));

                HttpResponse<String> htmlReport = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/models/churn/1/report"))
                        .header("X-API-Key", key).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(htmlReport.statusCode()).isEqualTo(200);
                assertThat(htmlReport.body()).contains("<svg", "ROC curve", "baseline: recency");
            }
            assertThat(Files.readString(work.resolve("report.html"))).as("the HTML report beside report.json")
                    .contains("<h2>churn: ", "<h2>upsell: ");

            JobExecution again = training.getBean(TrainingLauncher.class).run(parameters);
            assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(again.getJobInstance().getInstanceId()).isNotEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(count(training, "interactions")).as("reloading the same file adds nothing").isEqualTo(generated);
            assertThat(count(training, "load_rejects")).isEqualTo(4);
            assertThat(jdbc.sql("SELECT max(version) FROM models WHERE target = 'churn'").query(Integer.class).single()).isEqualTo(2);
            JsonNode second = JSON.readTree(Files.readString(work.resolve("report.json"))).at("/targets/churn");
            assertThat(second.get("championVersion").asInt()).as("the challenger is measured next to the champion").isEqualTo(1);
            assertThat(second.get("championAuc").asDouble()).isBetween(0.5, 1.0);
            assertThat(second.at("/driftFromChampion/scorePsi").asDouble()).as("same data, same population")
                    .isLessThan(0.1);
            long unjustified = jdbc.sql("""
                    SELECT count(*) FROM churn_alerts WHERE previous_band IS NOT NULL
                      AND array_position(ARRAY['low','medium','high'], band)
                          <= array_position(ARRAY['low','medium','high'], previous_band)
                      AND NOT (probability >= 0.6 AND previous_probability < 0.6)""").query(Long.class).single();
            assertThat(unjustified).as("no alert without a rising band or a threshold crossing").isZero();

            long models = count(training, "models");
            JobExecution rescored = training.getBean(TrainingLauncher.class).rescore(TrainingRun.parameters(
                    data.resolve("interactions.csv"), Path.of("../examples/synthetic.yml"), END, 90, null));
            assertThat(rescored.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(rescored.getStepExecutions()).extracting(s -> s.getStepName()).containsExactly("load-customers",
                    "load-interactions", "build-serving-features", "batch-score", "check-drift", "raise-alerts");
            assertThat(count(training, "models")).as("rescoring trains and publishes nothing").isEqualTo(models);
            assertThat(jdbc.sql("SELECT DISTINCT as_of FROM customer_features").query(LocalDate.class).list())
                    .as("serving features as of the new date").containsExactly(END);
            assertThat(jdbc.sql("SELECT count(*) FROM predictions p JOIN models m USING (model_id) "
                    + "WHERE p.as_of = ? AND m.champion").param(END).query(Long.class).single())
                    .as("every served customer rescored by both champions").isEqualTo(2 * count(training, "customer_features"));
            assertThat(jdbc.sql("SELECT count(*) FROM drift_checks WHERE as_of = ?").param(END).query(Long.class).single())
                    .isEqualTo(2);
        }
    }

    private ConfigurableApplicationContext training(String maxRejects, String sparkMaster) {
        return new SpringApplicationBuilder(TrainingApplication.class).web(WebApplicationType.NONE).properties(
                "foresight.embedded-database.data-directory=" + work.resolve("pg"),
                "foresight.embedded-database.port=0",
                "foresight.training.work-directory=" + work.resolve("runs"),
                "foresight.training.spark-master=" + sparkMaster,
                "foresight.training.chunk-size=1000",
                "foresight.training.max-rejects=" + maxRejects).run();
    }

    private static ConfigurableApplicationContext scoring(JdbcConnectionInfo database) {
        return new SpringApplicationBuilder(ScoringServiceApplication.class).properties(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.user(),
                "spring.datasource.password=" + database.password(),
                "spring.batch.job.enabled=false",
                "server.port=0").run();
    }

    private static long count(ConfigurableApplicationContext context, String table) {
        return JdbcClient.create(context.getBean(DataSource.class)).sql("SELECT count(*) FROM " + table)
                .query(Long.class).single();
    }

    private static void insertAfterLine(Path file, int line, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.addAll(line + 1, rows); // +1: the header
        Files.write(file, lines);
    }
}
