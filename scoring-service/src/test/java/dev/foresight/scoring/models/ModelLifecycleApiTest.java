package dev.foresight.scoring.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.registry.ChampionChange;
import dev.foresight.scoring.ScoringApiTestSupport;
import dev.foresight.scoring.access.Role;
import dev.foresight.scoring.TestModels;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/** Listing, promoting and rolling back models over HTTP, with the audit trail, against the embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "foresight.embedded-database.data-directory=target/pg-model-lifecycle-test",
        "foresight.embedded-database.clean=true",
        "foresight.embedded-database.port=0",
        "foresight.scoring.champion-refresh=1h"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class ModelLifecycleApiTest extends ScoringApiTestSupport {

    @BeforeEach
    void twoVersionsTheSecondServing() {
        jdbc.sql("""
                INSERT INTO customer_features (customer_id, as_of, definition_version, features)
                VALUES ('C1', DATE '2024-09-01', 'test-1', '{"days_since_activity": 90, "count_login_30d": 0}')""").update();
        for (String run : List.of("run-1", "run-2")) {
            var model = registry.register(TestModels.churnModel(run, run.equals("run-1") ? 10 : 20));
            registry.promote(model.id(), ChampionChange.Action.AUTO_PROMOTE, "training " + run, "beats baselines");
        }
        champions.refresh();
    }

    @Test
    void listsEveryVersionAndFlagsTheChampion() throws Exception {
        JsonNode models = JSON.readTree(get("/api/v1/models").body());
        assertThat(models).hasSize(2);
        assertThat(models.get(1).get("version").asInt()).isEqualTo(2);
        assertThat(models.get(1).get("champion").asBoolean()).isTrue();
        assertThat(models.get(0).get("champion").asBoolean()).isFalse();
        assertThat(models.get(0).get("holdoutRocAuc").asDouble()).isEqualTo(0.8);
    }

    @Test
    void promotingAVersionServesItAtOnceAndRecordsWhoAndWhy() throws Exception {
        HttpResponse<String> response = post("/api/v1/models/churn/champion",
                "{\"version\": 1, \"actor\": \"ana@example.com\", \"reason\": \"v2 over-predicts churn in EMEA\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(servedVersion()).isEqualTo(1);

        JsonNode latest = JSON.readTree(get("/api/v1/models/churn/changes").body()).get(0);
        assertThat(latest.get("action").asText()).isEqualTo("promote");
        assertThat(latest.get("actor").asText()).isEqualTo("ana@example.com");
        assertThat(latest.get("reason").asText()).isEqualTo("v2 over-predicts churn in EMEA");
        assertThat(latest.get("changedAt").asText()).isNotBlank();
    }

    @Test
    void rollbackBringsBackThePreviousChampion() throws Exception {
        HttpResponse<String> response = post("/api/v1/models/churn/rollback", "{\"actor\": \"ops\", \"reason\": \"alert storm\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("version").asInt()).isEqualTo(1);
        assertThat(servedVersion()).isEqualTo(1);
        assertThat(registry.changes("churn").get(0).action()).isEqualTo(ChampionChange.Action.ROLLBACK);
    }

    @Test
    void badRequestsGetProblems() throws Exception {
        assertThat(post("/api/v1/models/churn/champion", "{\"version\": 9, \"actor\": \"a\", \"reason\": \"r\"}").body())
                .contains("MODEL_NOT_FOUND");
        HttpResponse<String> noReason = post("/api/v1/models/churn/champion", "{\"version\": 1, \"actor\": \"a\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        HttpResponse<String> nothingToRollBack = post("/api/v1/models/upsell/rollback", "{\"actor\": \"a\", \"reason\": \"r\"}");
        assertThat(nothingToRollBack.statusCode()).isEqualTo(409);
        assertThat(nothingToRollBack.body()).contains("NO_PREVIOUS_CHAMPION");
    }

    @Test
    void servesTheTrainingReportOfAVersionAsHtml() throws Exception {
        long v2 = registry.find("churn", 2).orElseThrow().id();
        registry.attachReport(v2, "<!DOCTYPE html><html><body><h1>churn v2</h1><svg></svg></body></html>");
        HttpResponse<String> report = api().send(api().request("/api/v1/models/churn/2/report")
                .header("Accept", "text/html").GET().build());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(report.body()).contains("<h1>churn v2</h1>");

        assertProblem(get("/api/v1/models/churn/1/report"), 404, "REPORT_NOT_FOUND");
        assertProblem(get("/api/v1/models/churn/7/report"), 404, "MODEL_NOT_FOUND");
        HttpResponse<String> fromBrowser = api().send(api().request("/api/v1/models/churn/7/report")
                .header("Accept", "text/html").GET().build());
        assertThat(fromBrowser.statusCode()).as("a browser asking for HTML still learns why").isEqualTo(404);
    }

    @Test
    void swappingTheChampionWhileRequestsFlowDropsNone() throws Exception {
        AtomicBoolean swapping = new AtomicBoolean(true);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        Set<Integer> versionsSeen = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(clients.submit(() -> {
                    for (int i = 0; i < 2_000 && swapping.get(); i++) {
                        try {
                            HttpResponse<String> r = get("/api/v1/customers/C1/predictions");
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            } else {
                                versionsSeen.add(JSON.readTree(r.body()).at("/predictions/churn/model/version").asInt());
                                answered.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (int swap = 0; swap < 6; swap++) {
                int version = swap % 2 == 0 ? 1 : 2;
                post("/api/v1/models/churn/champion", "{\"version\": " + version + ", \"actor\": \"t\", \"reason\": \"swap\"}");
                Thread.sleep(50);
            }
            swapping.set(false);
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(errors.get()).isZero();
        assertThat(answered.get()).isPositive();
        assertThat(versionsSeen).containsExactlyInAnyOrder(1, 2);
    }

    private int servedVersion() throws Exception {
        return JSON.readTree(get("/api/v1/customers/C1/predictions").body()).at("/predictions/churn/model/version").asInt();
    }

    @Override
    protected Role role() {
        return Role.DATA_SCIENTIST;
    }
}
