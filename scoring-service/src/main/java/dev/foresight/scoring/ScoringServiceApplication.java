package dev.foresight.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The stateless scoring service: predictions with reasons from the champion models in the registry. */
@SpringBootApplication(scanBasePackages = {"dev.foresight.scoring", "dev.foresight.models"})
@ConfigurationPropertiesScan({"dev.foresight.scoring", "dev.foresight.models"})
@EnableScheduling
public class ScoringServiceApplication {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Serve()).execute(args));
    }

    @Command(name = "foresight serve", mixinStandardHelpOptions = true,
            description = "Start the scoring service against the embedded or an external PostgreSQL.")
    static class Serve implements Callable<Integer> {
        @Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL (default: embedded server)")
        String dbUrl;
        @Option(names = "--db-user")
        String dbUser;
        @Option(names = "--db-password")
        String dbPassword;
        @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
        int port;
        @Option(names = "--workspace", defaultValue = ".foresight",
                description = "folder whose embedded database (pgdata/) to serve from, as given to train")
        String workspace;
        @CommandLine.Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>(springArguments);
            args.add("--server.port=" + port);
            args.add("--foresight.embedded-database.data-directory=" + workspace + "/pgdata");
            if (dbUrl != null) {
                args.add("--spring.datasource.url=" + dbUrl);
            }
            if (dbUser != null) {
                args.add("--spring.datasource.username=" + dbUser);
            }
            if (dbPassword != null) {
                args.add("--spring.datasource.password=" + dbPassword);
            }
            SpringApplication.run(ScoringServiceApplication.class, args.toArray(String[]::new));
            return keepRunning();
        }

        private static int keepRunning() {
            try {
                Thread.currentThread().join(); // the web server's threads keep serving; picocli must not exit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }
}
