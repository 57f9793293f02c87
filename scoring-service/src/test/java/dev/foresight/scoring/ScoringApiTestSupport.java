package dev.foresight.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.scoring.access.ApiKeys;
import dev.foresight.scoring.access.Role;
import dev.foresight.scoring.champions.ChampionModels;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every HTTP test of the scoring service needs: its port, registry, database and a key of one role. */
public abstract class ScoringApiTestSupport {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;
    @Autowired
    protected ModelRegistry registry;
    @Autowired
    protected ChampionModels champions;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected ApiKeys keys;
    private ApiClient api;

    /** The role this test calls the API as. */
    protected abstract Role role();

    protected ApiClient api() {
        if (api == null) {
            api = new ApiClient(port, keys.create("test", role()).key());
        }
        return api;
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return api().get(path);
    }

    protected HttpResponse<String> post(String path, String body) throws Exception {
        return api().post(path, body);
    }

    /** An RFC 9457 problem response with this status and Foresight error code, and a sentence for the caller. */
    protected static void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
