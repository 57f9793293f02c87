package dev.foresight.scoring;

import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.scoring.access.ApiKeys;
import dev.foresight.scoring.access.Role;
import dev.foresight.scoring.champions.ChampionModels;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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
}
