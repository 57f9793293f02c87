package dev.foresight.training.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The COPY-based writer against a real PostgreSQL: rows arrive intact, exactly once, and only on commit. */
class PredictionWriterTest {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static JdbcTemplate jdbc;
    private static long modelId;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        modelId = jdbc.queryForObject("""
                INSERT INTO models (target, version, run_id, algorithm, hyper_parameters, metrics, feature_manifest,
                    calibration, training_from, training_to, holdout_snapshot, artifact, artifact_sha256)
                VALUES ('churn', 1, 'r1', 'XGBOOST', '{}', '{}', '{}', '{}', '2026-01-01', '2026-02-01', '2026-03-01',
                    '\\x00', 'x') RETURNING model_id""", Long.class);
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @Test
    void rowsWithTabsBackslashesAndNewlinesArriveIntactAndExactlyOnce() {
        String reasons = "{\"raising\":[{\"text\":\"tab\\there, back\\\\slash, quote \\\" and line\\nbreak\"}],\"lowering\":[]}";
        List<PredictionRow> rows = List.of(
                new PredictionRow("C\t1", "churn", modelId, LocalDate.of(2026, 3, 1), 0.25, 25, "low", reasons),
                new PredictionRow("C\\2", "churn", modelId, LocalDate.of(2026, 3, 1), 0.75, 75, "high", "{}"));
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        var writer = new PredictionWriter(dataSource);
        transactions.executeWithoutResult(s -> writer.insert(rows));
        transactions.executeWithoutResult(s -> writer.insert(rows));

        assertThat(jdbc.queryForList("SELECT customer_id FROM predictions ORDER BY customer_id", String.class))
                .containsExactly("C\t1", "C\\2");
        assertThat(jdbc.queryForObject("SELECT reasons::text FROM predictions WHERE customer_id = 'C\t1'", String.class))
                .contains("tab\\there", "back\\\\slash", "line\\nbreak");
        assertThat(jdbc.queryForObject("SELECT probability FROM predictions WHERE customer_id = 'C\\2'", Double.class))
                .isEqualTo(0.75);
    }

    @Test
    void nothingIsStoredWhenTheChunkRollsBack() {
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        var row = new PredictionRow("C-rolled-back", "churn", modelId, LocalDate.of(2026, 3, 2), 0.5, 50, "medium", "{}");
        transactions.executeWithoutResult(status -> {
            new PredictionWriter(dataSource).insert(List.of(row));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM predictions WHERE customer_id = 'C-rolled-back'", Long.class))
                .isZero();
    }
}
