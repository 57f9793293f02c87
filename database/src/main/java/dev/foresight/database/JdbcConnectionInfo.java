package dev.foresight.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;
import javax.sql.DataSource;

/** URL and credentials of the application's database, for engines (Spark) that open their own connections. */
public record JdbcConnectionInfo(String url, String user, String password) {

    public static JdbcConnectionInfo of(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return new JdbcConnectionInfo(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        throw new IllegalStateException("Expected a Hikari connection pool, got " + dataSource.getClass().getName());
    }

    public Properties asProperties() {
        var properties = new Properties();
        properties.setProperty("user", user == null ? "" : user);
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("driver", "org.postgresql.Driver");
        return properties;
    }
}
