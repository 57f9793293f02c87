package dev.foresight.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The command-line options that choose the database, shared by {@code foresight train|demo} and {@code serve}. */
public class DatabaseOptions {

    @Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL (default: the embedded server)")
    String url;
    @Option(names = "--db-user", description = "database user")
    String user;
    @Option(names = "--db-password", description = "database password")
    String password;
    @Option(names = "--workspace", defaultValue = ".foresight",
            description = "folder of the embedded database (pgdata/) and run files (runs/); one per business")
    Path workspace;

    public Path workspace() {
        return workspace;
    }

    /** Spring properties for these options. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("foresight.embedded-database.data-directory", workspace.resolve("pgdata").toString());
        if (url != null) {
            properties.put("spring.datasource.url", url);
            if (user != null) {
                properties.put("spring.datasource.username", user);
            }
            if (password != null) {
                properties.put("spring.datasource.password", password);
            }
        }
        return properties;
    }
}
