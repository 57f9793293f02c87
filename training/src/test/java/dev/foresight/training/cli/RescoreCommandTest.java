package dev.foresight.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RescoreCommandTest {

    @TempDir
    Path folder;

    @Test
    void rescoringAnExportThatDoesNotExistExitsTwoNamingIt() {
        CliRun run = CliRun.of("rescore", "--workspace", folder.toString(),
                "--events", folder.resolve("missing.csv").toString(), "--mapping", "../examples/synthetic.yml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: --events", "missing.csv does not exist");
    }

    @Test
    void scheduleRejectsAnExpressionThatIsNoCronBeforeStarting() {
        CliRun run = CliRun.of("schedule", "--workspace", folder.toString(), "--events", "../examples/synthetic.yml",
                "--mapping", "../examples/synthetic.yml", "--rescoring", "daily");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'daily' is not a cron expression");
    }
}
