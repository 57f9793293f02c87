package dev.foresight.scoring;

import dev.foresight.database.DatabaseOptions;
import dev.foresight.scoring.access.ApiKeyCommands;
import dev.foresight.scoring.models.ModelCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The stateless scoring service: predictions with reasons from the champion models in the registry. */
@SpringBootApplication(scanBasePackages = {"dev.foresight.scoring", "dev.foresight.models"})
@ConfigurationPropertiesScan({"dev.foresight.scoring", "dev.foresight.models"})
public class ScoringServiceApplication {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Commands()).execute(args));
    }

    @Command(name = "foresight", mixinStandardHelpOptions = true, subcommands = {Serve.class, ApiKeyCommands.class, ModelCommands.class},
            description = "The scoring service, its API keys and the model registry.")
    public static class Commands {
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Start the scoring service against the embedded or an external PostgreSQL.")
    static class Serve implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
        int port;
        @CommandLine.Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>(springArguments);
            args.add("--server.port=" + port);
            database.properties().forEach((name, value) -> args.add("--" + name + "=" + value));
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
