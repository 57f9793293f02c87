package dev.foresight.training.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.foresight.features.FeatureStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void openingAFolderWithoutRunsFailsAtOnceSayingHowToMakeOne() {
        assertThatThrownBy(() -> Workspace.open(dir.resolve("nowhere")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No Foresight workspace at")
                .hasMessageContaining("./foresight demo --workspace");
    }

    @Test
    void runsWithoutAFeatureTableOrModelsDoNotCount() throws IOException {
        Files.createDirectories(dir.resolve("runs/run-1/models"));
        Path rescoring = Files.createDirectories(dir.resolve("runs/run-2/features"));
        Files.writeString(rescoring.resolve(FeatureStore.MANIFEST_FILE), "{}");

        assertThatThrownBy(() -> Workspace.latestRun(dir.resolve("runs")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no training run (a feature table and models)");
    }

    @Test
    void theNewestRunWithAFeatureTableIsChosenByNumberNotByName() throws IOException {
        for (String run : new String[] {"run-2", "run-10", "run-11"}) {
            Path features = Files.createDirectories(dir.resolve("runs").resolve(run).resolve("features"));
            Files.createDirectories(features.resolveSibling("models"));
            if (!run.equals("run-11")) {
                Files.writeString(features.resolve(FeatureStore.MANIFEST_FILE), "{}");
            }
        }

        assertThat(Workspace.latestRun(dir.resolve("runs")).getFileName()).hasToString("run-10");
    }
}
