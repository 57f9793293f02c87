package dev.foresight.training.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads rows of a query against another database. The query should have an ORDER BY so a restart skips the
 * same rows it had already read.
 */
public class JdbcRecordReader extends AbstractItemCountingItemStreamItemReader<RawRecord> {

    private final SourceMapping.Jdbc source;
    private Connection connection;
    private Statement statement;
    private ResultSet rows;

    public JdbcRecordReader(SourceMapping.Jdbc source) {
        if (source == null || source.url() == null || source.query() == null) {
            throw new IllegalArgumentException("format jdbc needs jdbc.url and jdbc.query in the mapping");
        }
        this.source = source;
        setName("jdbc-source");
    }

    @Override
    protected void doOpen() throws SQLException {
        connection = DriverManager.getConnection(source.url(), source.user(), source.password());
        connection.setAutoCommit(false); // lets PostgreSQL stream with a cursor
        statement = connection.createStatement();
        statement.setFetchSize(5_000);
        rows = statement.executeQuery(source.query());
    }

    @Override
    protected RawRecord doRead() throws SQLException {
        if (!rows.next()) {
            return null;
        }
        ResultSetMetaData meta = rows.getMetaData();
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            values.put(meta.getColumnLabel(i), rows.getString(i));
        }
        return new RawRecord(getCurrentItemCount(), values, values.toString(), null);
    }

    @Override
    protected void doClose() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
