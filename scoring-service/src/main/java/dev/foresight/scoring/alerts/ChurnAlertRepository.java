package dev.foresight.scoring.alerts;

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

/** The churn alerts the training job raised, as a feed in creation order. */
@Repository
class ChurnAlertRepository {

    private static final String SELECT = """
            SELECT a.alert_id, a.customer_id, a.probability, a.band, a.previous_band, a.previous_probability,
                   a.reasons::text, a.model_id, m.version, a.as_of, a.created_at, a.acknowledged_by, a.acknowledged_at
            FROM churn_alerts a JOIN models m ON m.model_id = a.model_id""";
    private static final TypeReference<Map<String, Object>> REASONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ChurnAlertRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<ChurnAlert> feed(OffsetDateTime since, long afterId, int limit) {
        return jdbc.sql(SELECT + " WHERE a.created_at >= :since AND a.alert_id > :after ORDER BY a.alert_id LIMIT :limit")
                .param("since", since).param("after", afterId).param("limit", limit).query(this::map).list();
    }

    Optional<ChurnAlert> find(long alertId) {
        return jdbc.sql(SELECT + " WHERE a.alert_id = ?").param(alertId).query(this::map).optional();
    }

    /** Acknowledges an open alert; false when it was already acknowledged (or does not exist). */
    boolean acknowledge(long alertId, String by) {
        return jdbc.sql("""
                        UPDATE churn_alerts SET acknowledged_by = ?, acknowledged_at = now()
                        WHERE alert_id = ? AND acknowledged_at IS NULL""")
                .params(by, alertId).update() == 1;
    }

    private ChurnAlert map(ResultSet rs, int row) throws SQLException {
        return new ChurnAlert(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, Double.class), json.readValue(rs.getString(7), REASONS), rs.getLong(8), rs.getInt(9),
                rs.getObject(10, LocalDate.class), rs.getObject(11, OffsetDateTime.class), rs.getString(12),
                rs.getObject(13, OffsetDateTime.class));
    }
}
