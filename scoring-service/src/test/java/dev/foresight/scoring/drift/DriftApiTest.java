package dev.foresight.scoring.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.drift.DriftChecks;
import dev.foresight.models.drift.DriftResult;
import dev.foresight.models.registry.ChampionChange;
import dev.foresight.scoring.ApiClient;
import dev.foresight.scoring.ScoringApiTestSupport;
import dev.foresight.scoring.TestModels;
import dev.foresight.scoring.access.Role;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** Drift checks written by scoring runs, as the API lists them and as gauges on the metrics endpoint. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "foresight.embedded-database.data-directory=target/pg-drift-test",
        "foresight.embedded-database.clean=true",
        "foresight.embedded-database.port=0",
        "foresight.scoring.champion-refresh=1h"})
class DriftApiTest extends ScoringApiTestSupport {

    @Autowired
    DriftChecks checks;
    @Autowired
    DriftMetrics metrics;

    @Test
    void checksAreListedNewestFirstAndTheChampionsLatestIsExportedAsGauges() throws Exception {
        var model = registry.register(TestModels.churnModel("run-1", 10));
        registry.promote(model.id(), ChampionChange.Action.AUTO_PROMOTE, "training run-1", "beats baselines");
        checks.save(model.id(), LocalDate.of(2024, 9, 1), new DriftResult(0.05,
                Map.of("days_since_activity", 0.04, "count_login_30d", 0.01), 1_000, 0.25));
        checks.save(model.id(), LocalDate.of(2024, 9, 2), new DriftResult(0.31,
                Map.of("days_since_activity", 0.42, "count_login_30d", 0.02), 1_000, 0.25));
        metrics.refresh();

        JsonNode list = JSON.readTree(get("/api/v1/models/churn/drift").body());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("asOf").asText()).isEqualTo("2024-09-02");
        assertThat(list.get(0).get("drifted").asBoolean()).isTrue();
        assertThat(list.get(0).at("/featurePsi/days_since_activity").asDouble()).isEqualTo(0.42);
        assertThat(list.get(1).get("drifted").asBoolean()).isFalse();

        String prometheus = new ApiClient(port, keys.create("ops", Role.ADMIN).key()).get("/actuator/prometheus").body();
        assertThat(prometheus).contains("foresight_drift_score_psi{target=\"churn\"} 0.31")
                .contains("foresight_drift_flagged{target=\"churn\"} 1.0")
                .contains("foresight_drift_feature_psi{feature=\"days_since_activity\",target=\"churn\"} 0.42");
        assertThat(JSON.readTree(get("/api/v1/models/upsell/drift").body())).isEmpty();
    }

    @Override
    protected Role role() {
        return Role.DATA_SCIENTIST;
    }
}
