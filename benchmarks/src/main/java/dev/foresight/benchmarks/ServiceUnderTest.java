package dev.foresight.benchmarks;

import dev.foresight.models.Targets;
import dev.foresight.models.registry.ChampionChange;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.scoring.ScoringServiceApplication;
import dev.foresight.scoring.access.ApiKeys;
import dev.foresight.scoring.access.Role;
import dev.foresight.scoring.champions.ChampionModels;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real scoring service on loopback, on a fresh embedded PostgreSQL, with the fixture's models as champions and
 * {@code customers} customers' serving features. Closing it stops the server and deletes the database.
 */
final class ServiceUnderTest implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final String apiKey;
    final int port;
    final int customers;

    ServiceUnderTest(BenchmarkFixture fixture, int customers) throws Exception {
        Path data = Files.createTempDirectory("foresight-benchmark-db");
        this.context = new SpringApplicationBuilder(ScoringServiceApplication.class).run(
                "--server.port=0", "--foresight.embedded-database.data-directory=" + data,
                "--foresight.embedded-database.port=0", "--foresight.embedded-database.clean=true",
                "--logging.level.dev.foresight=WARN");
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.customers = customers;
        ModelRegistry registry = context.getBean(ModelRegistry.class);
        for (String target : Targets.ALL) {
            var model = registry.register(fixture.registration(target, target.equals("churn") ? fixture.churn : fixture.upsell));
            registry.promote(model.id(), ChampionChange.Action.PROMOTE, "benchmark", "benchmark fixture");
        }
        context.getBean(ChampionModels.class).refresh();
        copyFeatures(fixture, customers);
        this.apiKey = context.getBean(ApiKeys.class).create("benchmark", Role.DATA_SCIENTIST).key();
    }

    static String customerId(int i) {
        return "C%07d".formatted(i);
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    /** Loads the customers' features with COPY, drawn like the fixture's training rows. */
    private void copyFeatures(BenchmarkFixture fixture, int n) throws Exception {
        JsonMapper json = context.getBean(JsonMapper.class);
        List<Map<String, Double>> rows = BenchmarkFixture.rows(fixture.manifest, n, 5);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < n; i++) {
            csv.append(customerId(i)).append('\t').append("2026-09-01\t").append(fixture.manifest.definitionVersion()).append('\t')
                    .append(json.writeValueAsString(rows.get(i))).append('\n');
        }
        try (Connection connection = dataSource().getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY customer_features (customer_id, as_of, definition_version, features) FROM STDIN",
                    new StringReader(csv.toString()));
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
