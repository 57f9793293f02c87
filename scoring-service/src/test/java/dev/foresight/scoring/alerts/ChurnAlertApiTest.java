package dev.foresight.scoring.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.scoring.ScoringApiTestSupport;
import dev.foresight.scoring.access.Role;
import dev.foresight.scoring.TestModels;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The churn alert feed and acknowledgements over HTTP against the embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "foresight.embedded-database.data-directory=target/pg-alert-test",
        "foresight.embedded-database.clean=true",
        "foresight.embedded-database.port=0"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChurnAlertApiTest extends ScoringApiTestSupport {

    @BeforeAll
    void alerts() {
        long model = registry.register(TestModels.churnModel("run-1", 10)).id();
        for (int i = 1; i <= 5; i++) {
            jdbc.sql("""
                    INSERT INTO churn_alerts (customer_id, model_id, as_of, probability, band, previous_band,
                                              previous_probability, reasons, created_at)
                    VALUES (?, ?, DATE '2024-09-01', 0.7, 'high', 'medium', 0.4, '{"raising": [], "lowering": []}',
                            TIMESTAMPTZ '2024-09-02 08:00:00+00' + make_interval(hours => ?))""")
                    .params("C" + i, model, i).update();
        }
    }

    @Test
    void theFeedListsAlertsOldestFirstAndPagesWithoutGaps() throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(get("/api/v1/alerts/churn?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).body());
            page.get("items").forEach(a -> seen.add(a.get("customerId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).containsExactly("C1", "C2", "C3", "C4", "C5");
    }

    @Test
    void sinceKeepsOnlyLaterAlertsWithTheirContext() throws Exception {
        JsonNode page = JSON.readTree(get("/api/v1/alerts/churn?since=2024-09-02T11:00:00Z").body());
        assertThat(page.get("items").findValuesAsString("customerId")).containsExactly("C3", "C4", "C5");
        JsonNode alert = page.at("/items/0");
        assertThat(alert.get("band").asText()).isEqualTo("high");
        assertThat(alert.get("previousBand").asText()).isEqualTo("medium");
        assertThat(alert.get("modelVersion").asInt()).isEqualTo(1);
    }

    @Test
    void anAlertIsAcknowledgedOnceWithWhoAndWhen() throws Exception {
        long id = jdbc.sql("SELECT alert_id FROM churn_alerts WHERE customer_id = 'C5'").query(Long.class).single();
        HttpResponse<String> first = post("/api/v1/alerts/churn/" + id + "/acknowledge", "{\"by\": \"sam@retention\"}");
        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode acknowledged = JSON.readTree(first.body());
        assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo("sam@retention");
        assertThat(acknowledged.get("acknowledgedAt").asText()).isNotBlank();

        HttpResponse<String> again = post("/api/v1/alerts/churn/" + id + "/acknowledge", "{\"by\": \"kim@retention\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("ALREADY_ACKNOWLEDGED").contains("sam@retention");
    }

    @Test
    void badRequestsGetProblems() throws Exception {
        assertThat(post("/api/v1/alerts/churn/999999/acknowledge", "{\"by\": \"x\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> nobody = post("/api/v1/alerts/churn/1/acknowledge", "{}");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("by");
        assertThat(get("/api/v1/alerts/churn?cursor=!!").body()).contains("cursor");
        HttpResponse<String> badSince = get("/api/v1/alerts/churn?since=yesterday");
        assertThat(badSince.statusCode()).isEqualTo(400);
        assertThat(badSince.body()).contains("INVALID_REQUEST").contains("since");
        assertThat(get("/api/v1/alerts/churn/abc/acknowledge").statusCode()).isIn(400, 405);
    }

    @Override
    protected Role role() {
        return Role.RETENTION;
    }
}
