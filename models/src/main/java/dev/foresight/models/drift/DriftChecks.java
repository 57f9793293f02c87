package dev.foresight.models.drift;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code drift_checks} table: one row per model and scoring date, replaced when a run is repeated. */
@Repository
public class DriftChecks {

    private static final TypeReference<Map<String, Double>> PSI = new TypeReference<>() {
    };
    private static final String SELECT = """
            SELECT m.target, m.version, d.as_of, d.score_psi, d.feature_psi::text, d.drifted, d.checked_at
            FROM drift_checks d JOIN models m ON m.model_id = d.model_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public DriftChecks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void save(long modelId, LocalDate asOf, DriftResult result) {
        jdbc.sql("""
                        INSERT INTO drift_checks (model_id, as_of, score_psi, feature_psi, drifted)
                        VALUES (?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (model_id, as_of) DO UPDATE SET score_psi = EXCLUDED.score_psi,
                            feature_psi = EXCLUDED.feature_psi, drifted = EXCLUDED.drifted, checked_at = now()""")
                .params(modelId, asOf, result.scorePsi(), json.writeValueAsString(result.featurePsi()), result.drifted())
                .update();
    }

    /** A target's checks, newest first. */
    public List<DriftCheck> list(String target) {
        return jdbc.sql(SELECT + " WHERE m.target = ? ORDER BY d.as_of DESC, m.version DESC").param(target)
                .query(this::map).list();
    }

    /** The newest check of every target's current champion. */
    public List<DriftCheck> latestOfChampions() {
        return jdbc.sql(SELECT + """
                         WHERE m.champion AND d.as_of = (SELECT max(as_of) FROM drift_checks x WHERE x.model_id = m.model_id)
                        ORDER BY m.target""")
                .query(this::map).list();
    }

    public Optional<DriftCheck> latest(String target) {
        return list(target).stream().findFirst();
    }

    private DriftCheck map(ResultSet rs, int row) throws SQLException {
        return new DriftCheck(rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getDouble(4),
                json.readValue(rs.getString(5), PSI), rs.getBoolean(6), rs.getObject(7, OffsetDateTime.class));
    }
}
