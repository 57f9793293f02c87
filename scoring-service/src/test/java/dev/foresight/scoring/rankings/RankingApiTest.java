package dev.foresight.scoring.rankings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.registry.ChampionChange;
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

/** Ranked upsell lists for sales over HTTP: order, grades, filters, keyset pages and their errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "foresight.embedded-database.data-directory=target/pg-ranking-test",
        "foresight.embedded-database.clean=true",
        "foresight.embedded-database.port=0",
        "foresight.scoring.champion-refresh=1h",
        "foresight.scoring.max-page-size=5"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingApiTest extends ScoringApiTestSupport {

    @BeforeAll
    void scoredCustomers() {
        var model = registry.register(TestModels.model("upsell", "run-1", 10));
        registry.promote(model.id(), ChampionChange.Action.AUTO_PROMOTE, "test", "first");
        champions.refresh();
        int[] scores = {91, 75, 75, 40, 22, 12, 5};
        for (int i = 0; i < scores.length; i++) {
            String id = "C" + i;
            jdbc.sql("INSERT INTO customers (customer_id, attributes, source) VALUES (?, ?::jsonb, 'test')")
                    .params(id, "{\"segment\": \"" + (i % 2 == 0 ? "smb" : "enterprise") + "\", \"owner\": \"rep-" + (i % 3) + "\"}")
                    .update();
            jdbc.sql("""
                    INSERT INTO predictions (customer_id, target, model_id, as_of, probability, score, band, reasons)
                    VALUES (?, 'upsell', ?, DATE '2024-09-01', ?, ?, 'low',
                            '{"raising": [{"feature": "count_login_30d", "weight": 0.4}], "lowering": []}')""")
                    .params(id, model.id(), scores[i] / 100.0, scores[i]).update();
        }
    }

    @Test
    void customersComeBestFirstWithGradesAndReasons() throws Exception {
        JsonNode page = JSON.readTree(get("/api/v1/scores/upsell?limit=5").body());
        assertThat(page.get("asOf").asText()).isEqualTo("2024-09-01");
        assertThat(ids(page)).containsExactly("C0", "C1", "C2", "C3", "C4");
        assertThat(page.get("items").findValuesAsString("grade")).containsExactly("A", "A", "A", "B", "C");
        assertThat(page.at("/items/0/segment").asText()).isEqualTo("smb");
        assertThat(page.at("/items/0/reasons/raising/0/feature").asText()).isEqualTo("count_login_30d");
    }

    @Test
    void cursorsWalkTheWholeListWithoutGapsOrRepeats() throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(get("/api/v1/scores/upsell?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).body());
            seen.addAll(ids(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).containsExactly("C0", "C1", "C2", "C3", "C4", "C5", "C6");
    }

    @Test
    void filtersBySegmentOwnerAndMinimumScore() throws Exception {
        assertThat(ids(JSON.readTree(get("/api/v1/scores/upsell?segment=enterprise").body()))).containsExactly("C1", "C3", "C5");
        assertThat(ids(JSON.readTree(get("/api/v1/scores/upsell?owner=rep-0").body()))).containsExactly("C0", "C3", "C6");
        assertThat(ids(JSON.readTree(get("/api/v1/scores/upsell?minScore=40").body()))).containsExactly("C0", "C1", "C2", "C3");
    }

    @Test
    void badParametersGetProblemsNamingThem() throws Exception {
        HttpResponse<String> tooMany = get("/api/v1/scores/upsell?limit=6");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit");
        HttpResponse<String> badCursor = get("/api/v1/scores/upsell?cursor=bm90LWEtY3Vyc29y");
        assertThat(badCursor.statusCode()).isEqualTo(400);
        assertThat(badCursor.body()).contains("cursor");
        assertThat(get("/api/v1/scores/upsell?minScore=101").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/scores/renewal").statusCode()).as("no role is entitled to an unknown list").isEqualTo(403);
        assertThat(get("/api/v1/scores/churn").statusCode()).as("no churn champion yet").isEqualTo(503);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").findValuesAsString("customerId");
    }

    @Override
    protected Role role() {
        return Role.DATA_SCIENTIST;
    }
}
