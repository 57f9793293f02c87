package dev.foresight.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The PostgreSQL server Foresight starts itself when {@code spring.datasource.url} is not set.
 *
 * @param dataDirectory where the cluster lives; kept between runs so {@code serve} sees what {@code train} wrote
 * @param port          fixed so a second process (a notebook, psql) can connect while it runs; 0 picks a free one
 * @param clean         wipe the data directory at start (tests)
 */
@Validated
@ConfigurationProperties("foresight.embedded-database")
public record EmbeddedDatabaseProperties(
        @NotNull @DefaultValue(".foresight/pgdata") Path dataDirectory,
        @Min(0) @Max(65535) @DefaultValue("54329") int port,
        @DefaultValue("false") boolean clean) {
}
