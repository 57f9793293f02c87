package dev.foresight.scoring.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.registry.ChampionChange;
import dev.foresight.scoring.ApiClient;
import dev.foresight.scoring.ScoringApiTestSupport;
import dev.foresight.scoring.access.Role;
import dev.foresight.scoring.TestModels;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The scoring API over real HTTP, against the embedded PostgreSQL and real Tribuo models. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "foresight.embedded-database.data-directory=target/pg-prediction-api-test",
        "foresight.embedded-database.clean=true",
        "foresight.embedded-database.port=0",
        "foresight.scoring.champion-refresh=1h",
        "foresight.scoring.max-batch-size=50",
        "foresight.limits.max-body-bytes=4096"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PredictionApiTest extends ScoringApiTestSupport {

    @BeforeEach
    void customers() {
        jdbc.sql("""
                INSERT INTO customer_features (customer_id, as_of, definition_version, features) VALUES
                  ('C1', DATE '2024-09-01', 'test-1', '{"days_since_activity": 90, "count_login_30d": 0}'),
                  ('C2', DATE '2024-09-01', 'test-1', '{"days_since_activity": 2, "count_login_30d": 25}')
                ON CONFLICT (customer_id) DO NOTHING""").update();
    }

    @Test
    @Order(1)
    void withoutAChampionThePredictionsAre503() throws Exception {
        HttpResponse<String> response = get("/api/v1/customers/C1/predictions");
        assertProblem(response, 503, "NO_CHAMPION_MODEL");
    }

    @Test
    @Order(2)
    void predictionsCarryProbabilityBandModelVersionAndReasons() throws Exception {
        publishChampion("run-a", 20);
        JsonNode risky = JSON.readTree(get("/api/v1/customers/C1/predictions").body());
        JsonNode loyal = JSON.readTree(get("/api/v1/customers/C2/predictions").body());

        JsonNode churn = risky.at("/predictions/churn");
        assertThat(risky.get("featuresAsOf").asText()).isEqualTo("2024-09-01");
        assertThat(churn.get("probability").asDouble()).isGreaterThan(loyal.at("/predictions/churn/probability").asDouble());
        assertThat(churn.get("score").asInt()).isBetween(0, 100);
        assertThat(churn.get("band").asText()).isIn("low", "medium", "high");
        assertThat(churn.at("/model/version").asInt()).isPositive();
        JsonNode reason = churn.get("raising").get(0);
        assertThat(reason.get("feature").asText()).isIn("days_since_activity", "count_login_30d");
        assertThat(reason.get("text").asText()).matches("(days since the last activity: 90 \\(typical: 14\\))"
                + "|(number of login events in the last 30 days: 0 \\(typical: 8\\))");
        assertThat(reason.get("direction").asText()).isEqualTo("raises");
        assertThat(loyal.at("/predictions/churn/lowering/0/direction").asText()).isEqualTo("lowers");
    }

    @Test
    @Order(3)
    void unknownCustomerIs404Problem() throws Exception {
        assertProblem(get("/api/v1/customers/NOPE/predictions"), 404, "CUSTOMER_NOT_FOUND");
    }

    @Test
    @Order(3)
    void malformedCustomerIdIs400NamingTheField() throws Exception {
        HttpResponse<String> response = get("/api/v1/customers/bad%20id!/predictions");
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body()).contains("customerId");
    }

    @Test
    @Order(3)
    void batchScoresKnownIdsAndListsUnknownOnes() throws Exception {
        JsonNode body = JSON.readTree(post("/api/v1/predictions", "{\"customerIds\": [\"C1\", \"C2\", \"X9\"]}").body());
        assertThat(body.get("predictions")).hasSize(2);
        assertThat(body.get("notFound").get(0).asText()).isEqualTo("X9");
    }

    @Test
    @Order(3)
    void batchOverTheLimitIs400() throws Exception {
        String ids = IntStream.range(0, 51).mapToObj(i -> "\"C" + i + "\"").collect(Collectors.joining(","));
        assertProblem(post("/api/v1/predictions", "{\"customerIds\": [" + ids + "]}"), 400, "BATCH_TOO_LARGE");
    }

    @Test
    @Order(3)
    void anOversizedBodyIs413WhetherDeclaredOrChunked() throws Exception {
        String body = "{\"customerIds\": [\"" + "C".repeat(5_000) + "\"]}";
        assertProblem(post("/api/v1/predictions", body), 413, "PAYLOAD_TOO_LARGE");
        HttpResponse<String> chunked = api().send(api().request("/api/v1/predictions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.getBytes()))).build());
        assertProblem(chunked, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    @Order(3)
    void malformedJsonIs400() throws Exception {
        assertProblem(post("/api/v1/predictions", "{\"customerIds\": [\"C1\""), 400, "MALFORMED_BODY");
    }

    @Test
    @Order(3)
    void wrongTypeInTheBodyNamesTheField() throws Exception {
        HttpResponse<String> response = post("/api/v1/predictions/what-if", "{\"features\": {\"days_since_activity\": \"soon\"}}");
        assertProblem(response, 400, "MALFORMED_BODY");
        assertThat(response.body()).contains("features.days_since_activity");
    }

    @Test
    @Order(3)
    void emptyBatchIs400NamingTheField() throws Exception {
        HttpResponse<String> response = post("/api/v1/predictions", "{\"customerIds\": []}");
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body()).contains("customerIds");
    }

    @Test
    @Order(3)
    void whatIfOverridesACustomersFeatures() throws Exception {
        double now = JSON.readTree(get("/api/v1/customers/C2/predictions").body()).at("/predictions/churn/probability").asDouble();
        JsonNode whatIf = JSON.readTree(post("/api/v1/predictions/what-if",
                "{\"customerId\": \"C2\", \"features\": {\"days_since_activity\": 110, \"count_login_30d\": 0}}").body());
        assertThat(whatIf.at("/predictions/churn/probability").asDouble()).isGreaterThan(now);
    }

    @Test
    @Order(3)
    void whatIfWithAnUnknownFeatureIs400() throws Exception {
        HttpResponse<String> response = post("/api/v1/predictions/what-if", "{\"customerId\": \"C2\", \"features\": {\"shoe_size\": 3}}");
        assertProblem(response, 400, "UNKNOWN_FEATURE");
        assertThat(response.body()).contains("shoe_size");
    }

    @Test
    @Order(4)
    void aNewChampionIsServedWithoutARestart() throws Exception {
        int before = JSON.readTree(get("/api/v1/customers/C1/predictions").body()).at("/predictions/churn/model/version").asInt();
        publishChampion("run-b", 30);
        int after = JSON.readTree(get("/api/v1/customers/C1/predictions").body()).at("/predictions/churn/model/version").asInt();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    @Order(5)
    void aChampionWhoseArtifactFailsItsChecksumIsRefused() throws Exception {
        var tampered = registry.register(TestModels.churnModel("run-c", 40));
        jdbc.sql("UPDATE models SET artifact = artifact || '\\x00'::bytea WHERE model_id = ?").param(tampered.id()).update();
        int serving = champions.of("churn").orElseThrow().registered().version();
        registry.promote(tampered.id(), ChampionChange.Action.PROMOTE, "test", "tampered artifact");
        champions.refresh();
        assertThat(champions.of("churn").orElseThrow().registered().version()).isEqualTo(serving);
        assertThat(get("/api/v1/customers/C1/predictions").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void healthMetricsAndOpenApiAreServed() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"").contains("champions");
        var admin = new ApiClient(port, keys.create("ops", Role.ADMIN).key());
        assertThat(admin.get("/actuator/prometheus").body()).contains("http_server_requests");
        assertThat(get("/v3/api-docs").body()).contains("/api/v1/customers/{customerId}/predictions");
    }

    private void publishChampion(String runId, int trees) {
        var model = registry.register(TestModels.churnModel(runId, trees));
        registry.promote(model.id(), ChampionChange.Action.AUTO_PROMOTE, "test", "publish " + runId);
        champions.refresh();
    }


    @Override
    protected Role role() {
        return Role.DATA_SCIENTIST;
    }
}
