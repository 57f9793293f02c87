package dev.foresight.training.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.training.TrainingApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code train --target} against the embedded PostgreSQL: the model lands in the same registry as churn and
 * upsell and becomes champion, unreadable records and records without an outcome are quarantined once per target
 * (a rerun replaces them), and the report carries the readiness report and every fold's result.
 */
@SpringBootTest(classes = TrainingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "foresight.embedded-database.data-directory=target/pg-record-target-run-test",
        "foresight.embedded-database.clean=true",
        "foresight.embedded-database.port=0",
        "foresight.training.xgboost.trees=60",
        "foresight.training.xgboost.eta=0.1"})
class RecordTargetRunTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RecordTargetRun run;
    @Autowired
    ModelRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;

    @Test
    void aTargetIsPublishedLikeChurnAndUpsellAndItsUnusableRecordsAreQuarantinedOnce() throws Exception {
        Path target = folder.resolve("target.yml");
        Files.writeString(target, "name: trial-conversion\nsource: {path: trials.csv}\nid: id\noutcome: {field: paid}\n");
        Files.writeString(folder.resolve("trials.csv"), trials());

        run.run(TargetDefinition.read(target), folder.resolve("report.json"));
        run.run(TargetDefinition.read(target), folder.resolve("report.json"));

        var champion = registry.champion("trial-conversion").orElseThrow();
        assertThat(champion.version()).isIn(1, 2);
        assertThat(registry.list().stream().filter(m -> m.target().equals("trial-conversion"))).hasSize(2);
        assertThat(champion.manifest().recordEncoding().fields()).contains("seats", "plan");
        assertThat(champion.trainingFrom()).isNull();
        List<String> reasons = jdbc.sql("SELECT reason FROM load_rejects WHERE source = 'target:trial-conversion' ORDER BY source_line")
                .query(String.class).list();
        assertThat(reasons).containsExactly("expected 4 columns, found 3", "the outcome paid is missing");

        JsonNode report = JSON.readTree(Files.readString(folder.resolve("report.json")));
        JsonNode result = report.at("/targets/trial-conversion");
        assertThat(report.at("/load/records/rejected").asInt()).isEqualTo(2);
        assertThat(result.get("evaluation").asText()).startsWith("nested stratified 5-fold cross-validation");
        assertThat(result.at("/readiness/records").asInt()).isEqualTo(400);
        assertThat(result.get("foldRocAuc").get(RecordTargetTrainer.PROCEDURE)).hasSize(5);
        assertThat(result.get("foldChoices")).hasSize(5);
        assertThat(result.get("decision").asText()).startsWith("champion").contains("v1 had");
    }

    @Test
    void aTargetJoinsTheInteractionHistoryOfEachRecordsCustomer() throws Exception {
        jdbc.sql("DELETE FROM customer_features").update();
        for (int i = 0; i < 400; i++) {
            jdbc.sql("INSERT INTO customer_features (customer_id, as_of, definition_version, features) VALUES (?, DATE '2026-11-01', 'v', ?::jsonb)")
                    .params("T" + i, "{\"count_login_30d\": " + (i % 17) + "}").update();
        }
        Path target = folder.resolve("target.yml");
        Files.writeString(target, "name: trial-history\nsource: {path: trials.csv}\nid: id\noutcome: {field: paid}\n"
                + "history: {key: id}\n");
        Files.writeString(folder.resolve("trials.csv"), trials());

        var report = run.run(TargetDefinition.read(target), null);

        var manifest = registry.champion("trial-history").orElseThrow().manifest();
        assertThat(manifest.names()).contains("history.count_login_30d");
        assertThat(manifest.recordEncoding().historyKey()).isEqualTo("id");
        assertThat(report.targets().get("trial-history").readiness().missingShare()).containsKey("history.count_login_30d");
    }

    /** Trials that convert more with more seats and on the team plan; one short row, one without an outcome. */
    private static String trials() {
        var random = new java.util.SplittableRandom(8);
        var csv = new StringBuilder("id,seats,plan,paid\n");
        for (int i = 0; i < 400; i++) {
            int seats = random.nextInt(1, 30);
            String plan = random.nextBoolean() ? "team" : "solo";
            boolean paid = random.nextDouble() < 1 / (1 + Math.exp(-(seats / 8.0 - 2 + (plan.equals("team") ? 1 : 0))));
            csv.append("T").append(i).append(',').append(seats).append(',').append(plan).append(',').append(paid ? "yes" : "no").append('\n');
        }
        csv.append("T-short,3,solo\n").append("T-open,5,team,\n");
        return csv.toString();
    }
}
