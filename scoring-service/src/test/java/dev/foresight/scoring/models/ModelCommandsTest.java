package dev.foresight.scoring.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.database.DatabaseOptions;
import dev.foresight.models.registry.ChampionChange;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.scoring.CommandContext;
import dev.foresight.scoring.ScoringServiceApplication;
import dev.foresight.scoring.TestModels;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code foresight models …} as a data scientist runs it, against a workspace's embedded database. */
class ModelCommandsTest {

    @TempDir
    Path workspace;

    @BeforeEach
    void twoChurnVersionsTheFirstChampion() {
        System.setProperty("foresight.embedded-database.port", "0");
        var database = CommandLine.populateCommand(new DatabaseOptions(), "--workspace", workspace.toString());
        CommandContext.with(database, ModelRegistry.class, registry -> {
            var first = registry.register(TestModels.churnModel("run-1", 5));
            registry.register(TestModels.churnModel("run-2", 9));
            registry.promote(first.id(), ChampionChange.Action.AUTO_PROMOTE, "training run-1", "first");
            return 0;
        });
    }

    @AfterEach
    void restore() {
        System.clearProperty("foresight.embedded-database.port");
    }

    @Test
    void listsComparesPromotesAndRollsBack() {
        assertThat(run(0, "models", "list")).containsPattern("churn\\s+1 XGBOOST\\s+0\\.8000\\s+2024-01-01 – 2024-03-01 champion")
                .containsPattern("churn\\s+2 XGBOOST");
        assertThat(run(0, "models", "compare", "churn", "1", "2")).containsPattern("rocAuc\\s+0\\.8000\\s+0\\.8000")
                .contains("v1*");
        assertThat(run(0, "models", "promote", "churn", "2", "--actor", "ana@example.com", "--reason", "fresher data"))
                .contains("churn v2 is now champion");
        assertThat(run(0, "models", "list", "--target", "churn")).containsPattern("churn\\s+2 .*champion");
        assertThat(run(0, "models", "rollback", "churn", "--actor", "ana@example.com", "--reason", "complaints"))
                .contains("is champion again");
        assertThat(run(0, "models", "list")).containsPattern("churn\\s+1 .*champion");
    }

    @Test
    void anUnknownVersionIsAClearError() {
        assertThat(run(2, "models", "compare", "churn", "1", "7")).isEmpty();
    }

    /** Runs the command with the workspace, checks the exit code and returns what it printed. */
    private String run(int exit, String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--workspace", workspace.toString())).toArray(String[]::new);
        var originalOut = System.out;
        var captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        try {
            assertThat(new CommandLine(new ScoringServiceApplication.Commands()).execute(all)).isEqualTo(exit);
        } finally {
            System.setOut(originalOut);
        }
        return captured.toString();
    }
}
