package dev.foresight.training.score;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Stores batch predictions: {@code COPY} into a session-private staging table, then one
 * {@code INSERT … SELECT … ON CONFLICT DO NOTHING} in the chunk's transaction. COPY is PostgreSQL's fast path for
 * bulk rows; the key (customer, target, model, as-of) with {@code DO NOTHING} means a restarted or repeated scoring
 * run never duplicates a prediction.
 */
public class PredictionWriter {

    private static final String COLUMNS = "customer_id, target, model_id, as_of, probability, score, band, reasons";

    private final DataSource dataSource;

    public PredictionWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(List<PredictionRow> rows) {
        // The connection of the chunk's transaction, so the rows commit (or roll back) with the step's progress.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS prediction_staging (LIKE predictions INCLUDING DEFAULTS)"
                    + " ON COMMIT DELETE ROWS");
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY prediction_staging (" + COLUMNS + ") FROM STDIN", new StringReader(copyText(rows)));
            statement.executeUpdate("INSERT INTO predictions (" + COLUMNS + ") SELECT " + COLUMNS
                    + " FROM prediction_staging ON CONFLICT (customer_id, target, model_id, as_of) DO NOTHING");
            statement.execute("TRUNCATE prediction_staging");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not store " + rows.size() + " predictions", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    static String copyText(List<PredictionRow> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 2_048);
        for (PredictionRow r : rows) {
            field(text, r.customerId()).append('\t');
            field(text, r.target()).append('\t').append(r.modelId()).append('\t').append(r.asOf()).append('\t')
                    .append(r.probability()).append('\t').append(r.score()).append('\t');
            field(text, r.band()).append('\t');
            field(text, r.reasonsJson()).append('\n');
        }
        return text.toString();
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
    private static StringBuilder field(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text;
    }
}
