package dev.foresight.training.score;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Stores batch predictions with {@code COPY}, PostgreSQL's fast path for bulk rows, in the chunk's transaction. The
 * key (customer, target, model, as-of) must never be stored twice, so a chunk any of whose keys already exist (a
 * repeated scoring run) goes through a session-private staging table and {@code INSERT … ON CONFLICT DO NOTHING};
 * a chunk of new keys, the normal case, is copied straight into {@code predictions}. Should a concurrent run slip a
 * key in between check and copy, the copy fails on the key and the chunk rolls back rather than duplicate it.
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
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            if (!anyStored(connection, rows)) {
                copy.copyIn("COPY predictions (" + COLUMNS + ") FROM STDIN", new StringReader(copyText(rows)));
                return;
            }
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS prediction_staging (LIKE predictions INCLUDING DEFAULTS)"
                    + " ON COMMIT DELETE ROWS");
            copy.copyIn("COPY prediction_staging (" + COLUMNS + ") FROM STDIN", new StringReader(copyText(rows)));
            statement.executeUpdate("INSERT INTO predictions (" + COLUMNS + ") SELECT " + COLUMNS
                    + " FROM prediction_staging ON CONFLICT (customer_id, target, model_id, as_of) DO NOTHING");
            statement.execute("TRUNCATE prediction_staging");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not store " + rows.size() + " predictions", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static boolean anyStored(Connection connection, List<PredictionRow> rows) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM predictions p
                               JOIN unnest(?::text[], ?::text[], ?::bigint[], ?::date[]) AS k (customer_id, target, model_id, as_of)
                               USING (customer_id, target, model_id, as_of))""")) {
            query.setArray(1, connection.createArrayOf("text", rows.stream().map(PredictionRow::customerId).toArray()));
            query.setArray(2, connection.createArrayOf("text", rows.stream().map(PredictionRow::target).toArray()));
            query.setArray(3, connection.createArrayOf("bigint", rows.stream().map(PredictionRow::modelId).toArray()));
            query.setArray(4, connection.createArrayOf("date", rows.stream().map(r -> Date.valueOf(r.asOf())).toArray()));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
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
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return text.append(value); // the usual case, scanned at memchr speed instead of char by char
        }
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
