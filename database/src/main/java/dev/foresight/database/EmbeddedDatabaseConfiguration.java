package dev.foresight.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded PostgreSQL server and points the application's {@link DataSource} at it,
 * unless the user configured {@code spring.datasource.url} (an external server).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(properties.clean());
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        var postgres = builder.start();
        log.info("Embedded PostgreSQL listening on {} (data in {})",
                postgres.getJdbcUrl("postgres", "postgres"), properties.dataDirectory().toAbsolutePath());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(8);
        return dataSource;
    }
}
