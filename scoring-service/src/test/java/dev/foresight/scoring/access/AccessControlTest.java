package dev.foresight.scoring.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.scoring.ApiClient;
import dev.foresight.scoring.TestModels;
import dev.foresight.scoring.champions.ChampionModels;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Every endpoint × every role, over HTTP: who gets through, who gets 403, and 401 without a valid key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "foresight.embedded-database.data-directory=target/pg-access-test",
        "foresight.embedded-database.clean=true",
        "foresight.embedded-database.port=0",
        "foresight.scoring.champion-refresh=1h"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An endpoint, how to call it, and the roles that may. */
    record Endpoint(String method, String path, String body, Set<Role> allowed) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/customers/C1/predictions", null, Set.of(Role.SALES, Role.RETENTION, Role.DATA_SCIENTIST)),
            new Endpoint("POST", "/api/v1/predictions", "{\"customerIds\": [\"C1\"]}", Set.of(Role.SALES, Role.RETENTION, Role.DATA_SCIENTIST)),
            new Endpoint("POST", "/api/v1/predictions/what-if", "{\"customerId\": \"C1\", \"features\": {}}", Set.of(Role.DATA_SCIENTIST)),
            new Endpoint("GET", "/api/v1/scores/upsell", null, Set.of(Role.SALES, Role.DATA_SCIENTIST)),
            new Endpoint("GET", "/api/v1/scores/churn", null, Set.of(Role.RETENTION, Role.DATA_SCIENTIST)),
            new Endpoint("GET", "/api/v1/alerts/churn", null, Set.of(Role.RETENTION)),
            new Endpoint("GET", "/api/v1/models", null, Set.of(Role.DATA_SCIENTIST)),
            new Endpoint("GET", "/api/v1/models/churn/changes", null, Set.of(Role.DATA_SCIENTIST)),
            new Endpoint("GET", "/api/v1/models/churn/drift", null, Set.of(Role.DATA_SCIENTIST)),
            new Endpoint("GET", "/api/v1/models/churn/1/report", null, Set.of(Role.DATA_SCIENTIST)),
            new Endpoint("GET", "/api/v1/webhooks", null, Set.of(Role.ADMIN)),
            new Endpoint("GET", "/actuator/prometheus", null, Set.of(Role.ADMIN)));

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    ModelRegistry registry;
    @Autowired
    ChampionModels champions;
    @Autowired
    JdbcClient jdbc;

    private final Map<Role, ApiClient> clients = new EnumMap<>(Role.class);

    @BeforeAll
    void championsAndKeys() {
        TestModels.publishChampionsAndCustomerC1(registry, champions, jdbc);
        for (Role role : Role.values()) {
            clients.put(role, new ApiClient(port, keys.create("test-" + role.code(), role).key()));
        }
    }

    @Test
    void eachRoleReachesExactlyWhatItIsEntitledTo() throws Exception {
        for (Endpoint endpoint : ENDPOINTS) {
            for (Role role : Role.values()) {
                int status = call(clients.get(role), endpoint).statusCode();
                if (endpoint.allowed().contains(role)) {
                    assertThat(status).as("%s %s as %s", endpoint.method(), endpoint.path(), role).isNotIn(401, 403);
                } else {
                    assertThat(status).as("%s %s as %s", endpoint.method(), endpoint.path(), role).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void withoutAValidKeyEveryEndpointIs401() throws Exception {
        for (Endpoint endpoint : ENDPOINTS) {
            HttpResponse<String> anonymous = call(new ApiClient(port, null), endpoint);
            assertThat(anonymous.statusCode()).as(endpoint.path()).isEqualTo(401);
            assertThat(anonymous.body()).contains("UNAUTHENTICATED");
            assertThat(call(new ApiClient(port, "fsk_not-a-real-key"), endpoint).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() throws Exception {
        var issued = keys.create("leaver", Role.SALES);
        var client = new ApiClient(port, issued.key());
        assertThat(client.get("/api/v1/scores/upsell").statusCode()).isEqualTo(200);
        keys.revoke(issued.id());
        assertThat(client.get("/api/v1/scores/upsell").statusCode()).isEqualTo(401);
    }

    @Test
    void salesSeeOnlyUpsellAndRetentionOnlyChurnInAPrediction() throws Exception {
        var sales = JSON.readTree(clients.get(Role.SALES).get("/api/v1/customers/C1/predictions").body()).get("predictions");
        var retention = JSON.readTree(clients.get(Role.RETENTION).get("/api/v1/customers/C1/predictions").body()).get("predictions");
        var scientist = JSON.readTree(clients.get(Role.DATA_SCIENTIST).get("/api/v1/customers/C1/predictions").body()).get("predictions");
        assertThat(sales.propertyNames()).containsExactly("upsell");
        assertThat(retention.propertyNames()).containsExactly("churn");
        assertThat(scientist.propertyNames()).containsExactly("churn", "upsell");
    }

    @Test
    void healthAndTheApiDocumentArePublic() throws Exception {
        var anonymous = new ApiClient(port, null);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void keysAreStoredOnlyAsHashes() {
        var issued = keys.create("audit", Role.ADMIN);
        assertThat(jdbc.sql("SELECT count(*) FROM api_keys WHERE key_hash = ? OR key_prefix = ?")
                .params(issued.key(), issued.key()).query(Long.class).single()).isZero();
        assertThat(keys.list()).anySatisfy(k -> assertThat(k.prefix()).isEqualTo(issued.key().substring(0, 10)));
    }

    private static HttpResponse<String> call(ApiClient client, Endpoint endpoint) throws Exception {
        return endpoint.method().equals("GET") ? client.get(endpoint.path()) : client.post(endpoint.path(), endpoint.body());
    }
}
