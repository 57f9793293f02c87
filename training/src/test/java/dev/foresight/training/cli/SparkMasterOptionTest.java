package dev.foresight.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Spark master that cannot work stops the command before it loads anything, with the reason. */
class SparkMasterOptionTest {

    @TempDir
    Path folder;

    @Test
    void aValueThatIsNoMasterUrlIsAUsageErrorNamingTheAcceptedForms() {
        CliRun result = CliRun.of("train", "--workspace", folder.toString(), "--mapping", "m.yml", "--as-of", "2026-01-01",
                "--events", "e.csv", "--spark-master", "sprak://127.0.0.1:7077");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--spark-master", "'sprak://127.0.0.1:7077' is not a Spark master URL",
                "spark://host:port");
    }

    @Test
    void anUnreachableClusterFailsBeforeTheDatabaseStartsOrDataIsLoaded() throws Exception {
        Path events = Files.writeString(folder.resolve("events.csv"), "customer_id,occurred_at,type\n");
        CliRun result = CliRun.of("train", "--workspace", folder.resolve("ws").toString(),
                "--mapping", Path.of("../examples/synthetic.yml").toString(), "--as-of", "2026-01-01",
                "--events", events.toString(), "--spark-master", "spark://127.0.0.1:1");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("error: No Spark master reachable at spark://127.0.0.1:1")
                .doesNotContain("Exception");
        assertThat(folder.resolve("ws")).doesNotExist();
    }
}
