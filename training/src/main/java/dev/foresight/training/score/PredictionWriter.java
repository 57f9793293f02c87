package dev.foresight.training.score;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores batch predictions. The key (customer, target, model, as-of) with {@code ON CONFLICT DO NOTHING} means a
 * restarted or repeated scoring run never duplicates a prediction.
 */
public class PredictionWriter {

    private final JdbcTemplate jdbc;

    public PredictionWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<PredictionRow> rows) {
        jdbc.batchUpdate("""
                        INSERT INTO predictions (customer_id, target, model_id, as_of, probability, score, band, reasons)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (customer_id, target, model_id, as_of) DO NOTHING""",
                rows, 2_000, (ps, r) -> {
                    ps.setString(1, r.customerId());
                    ps.setString(2, r.target());
                    ps.setLong(3, r.modelId());
                    ps.setDate(4, Date.valueOf(r.asOf()));
                    ps.setDouble(5, r.probability());
                    ps.setInt(6, r.score());
                    ps.setString(7, r.band());
                    ps.setString(8, r.reasonsJson());
                });
    }
}
