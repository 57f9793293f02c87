package dev.foresight.scoring.targets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.RecordEncoding;
import dev.foresight.models.registry.ChampionChange;
import dev.foresight.scoring.ApiClient;
import dev.foresight.scoring.ScoringApiTestSupport;
import dev.foresight.scoring.TestModels;
import dev.foresight.scoring.access.Role;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** Scoring a CRM record the moment it is created, over real HTTP, with a real model of a declared target. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "foresight.embedded-database.data-directory=target/pg-target-scoring-test",
        "foresight.embedded-database.clean=true",
        "foresight.embedded-database.port=0",
        "foresight.scoring.champion-refresh=1h",
        "foresight.access.target-roles.telco-churn=retention"})
class TargetScoringApiTest extends ScoringApiTestSupport {

    private static final String LEAD = "/api/v1/targets/lead-conversion/score";

    @Override
    protected Role role() {
        return Role.SALES;
    }

    @BeforeEach
    void publishLeadModel() {
        if (champions.of("lead-conversion").isEmpty()) {
            var model = registry.register(TestModels.leadModel("run-leads"));
            registry.promote(model.id(), ChampionChange.Action.AUTO_PROMOTE, "test", "first");
            TestModels.publishChampionsAndCustomerC1(registry, champions, jdbc);
        }
    }

    @Test
    void aNewLeadGetsAScoreGradeAndReasonsFromItsRawFields() throws Exception {
        JsonNode hot = score("{\"id\": \"L-1\", \"fields\": {\"visits\": 11, \"source\": \"Google\"}}");
        JsonNode cold = score("{\"id\": \"L-2\", \"fields\": {\"visits\": \"0\", \"source\": \"other\"}}");

        assertThat(hot.get("target").asText()).isEqualTo("lead-conversion");
        assertThat(hot.get("id").asText()).isEqualTo("L-1");
        assertThat(hot.at("/prediction/score").asInt()).isGreaterThan(cold.at("/prediction/score").asInt());
        assertThat(hot.at("/prediction/grade").asText()).isIn("A", "B", "C", "D");
        assertThat(hot.at("/prediction/model/version").asInt()).isEqualTo(1);
        assertThat(hot.at("/prediction/raising").findValuesAsString("text"))
                .anySatisfy(text -> assertThat(text).startsWith("visits: 11"))
                .anySatisfy(text -> assertThat(text).isEqualTo("source is Google: yes (typical: no)"));
    }

    @Test
    void aRecordOfASegmentWithItsOwnModelIsScoredByItAndOthersByTheGlobalModel() throws Exception {
        var encoding = TestModels.LEAD_MANIFEST.recordEncoding().withSegments("region", List.of("trial-conversion.emea"));
        for (var model : List.of(TestModels.leadModel("trial-conversion.emea", "run-trials", TestModels.LEAD_MANIFEST),
                TestModels.leadModel("trial-conversion", "run-trials", TestModels.LEAD_MANIFEST.withRecordEncoding(encoding)))) {
            registry.promote(registry.register(model).id(), ChampionChange.Action.AUTO_PROMOTE, "test", "segments");
        }
        champions.refresh();

        JsonNode emea = score("/api/v1/targets/trial-conversion/score", "{\"fields\": {\"visits\": 4, \"region\": \"EMEA\"}}");
        JsonNode apac = score("/api/v1/targets/trial-conversion/score", "{\"fields\": {\"visits\": 4, \"region\": \"APAC\"}}");

        assertThat(emea.get("segment").asText()).isEqualTo("trial-conversion.emea");
        assertThat(apac.get("segment").isNull()).isTrue();
        assertThat(emea.at("/prediction/model/id").asLong()).isNotEqualTo(apac.at("/prediction/model/id").asLong());
    }

    @Test
    void aTargetJoiningTheInteractionHistoryReadsTheCustomersServingFeatures() throws Exception {
        var base = TestModels.LEAD_MANIFEST;
        var columns = new java.util.ArrayList<>(base.recordEncoding().columns());
        columns.set(0, new RecordEncoding.Column("history.days_since_activity", RecordEncoding.Kind.NUMBER,
                "history.days_since_activity", null, 3));
        var features = new java.util.ArrayList<>(base.features());
        features.set(0, new FeatureManifest.FeatureColumn("history.days_since_activity", "number", "days since the last activity"));
        var manifest = new FeatureManifest("records-1", features,
                new RecordEncoding("lead id", List.of(""), columns).withHistoryKey("customer"));
        var model = registry.register(TestModels.leadModel("account-renewal", "run-renewal", manifest));
        registry.promote(model.id(), ChampionChange.Action.AUTO_PROMOTE, "test", "history");
        champions.refresh();

        JsonNode known = score("/api/v1/targets/account-renewal/score", "{\"fields\": {\"customer\": \"C1\"}}");

        assertThat(known.at("/prediction").findValuesAsString("text"))
                .anySatisfy(text -> assertThat(text).startsWith("days since the last activity: 9"));
        assertProblem(post("/api/v1/targets/account-renewal/score", "{\"fields\": {\"history.days_since_activity\": 1}}"),
                400, "UNKNOWN_FIELD");
    }

    @Test
    void missingFieldsAndPlaceholdersAreScoredAsMissingNotRejectedAndTheirReasonsSaySo() throws Exception {
        JsonNode lead = score("{\"fields\": {\"source\": \"Select\"}}");
        assertThat(lead.at("/prediction/probability").asDouble()).isBetween(0.0, 1.0);
        assertThat(lead.at("/prediction").findValuesAsString("text")).contains("source: not given")
                .noneMatch(text -> text.startsWith("source is"));
    }

    @Test
    void aFieldTheModelDoesNotKnowIsA400NamingIt() throws Exception {
        HttpResponse<String> response = post(LEAD, "{\"fields\": {\"vists\": 3}}");
        assertProblem(response, 400, "UNKNOWN_FIELD");
        assertThat(JSON.readTree(response.body()).get("unknown").get(0).asText()).isEqualTo("vists");
    }

    @Test
    void textInANumberFieldIsA400NamingTheField() throws Exception {
        HttpResponse<String> response = post(LEAD, "{\"fields\": {\"visits\": \"many\"}}");
        assertProblem(response, 400, "INVALID_FIELD");
        assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo("fields.visits");
    }

    @Test
    void anUnknownTargetOrAnInteractionTargetIs404() throws Exception {
        assertProblem(post("/api/v1/targets/no-such-target/score", "{\"fields\": {}}"), 404, "TARGET_NOT_FOUND");
        assertProblem(post("/api/v1/targets/churn/score", "{\"fields\": {}}"), 404, "TARGET_NOT_FOUND");
    }

    @Test
    void badBodiesAreProblemsNot500s() throws Exception {
        assertProblem(post(LEAD, "{\"fields\": "), 400, "MALFORMED_BODY");
        assertProblem(post(LEAD, "{}"), 400, "INVALID_REQUEST");
        assertProblem(post("/api/v1/targets/Bad_Name/score", "{\"fields\": {}}"), 400, "INVALID_REQUEST");
    }

    @Test
    void rolesSeeOnlyTheTargetsTheyAreEntitledTo() throws Exception {
        var retention = new ApiClient(port, keys.create("retention", Role.RETENTION).key());
        var scientist = new ApiClient(port, keys.create("scientist", Role.DATA_SCIENTIST).key());
        var anonymous = new ApiClient(port, null);
        String body = "{\"fields\": {\"visits\": 4}}";

        assertProblem(retention.post(LEAD, body), 403, "FORBIDDEN");
        assertThat(scientist.post(LEAD, body).statusCode()).isEqualTo(200);
        assertProblem(anonymous.post(LEAD, body), 401, "UNAUTHENTICATED");
    }

    private JsonNode score(String body) throws Exception {
        return score(LEAD, body);
    }

    private JsonNode score(String path, String body) throws Exception {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
