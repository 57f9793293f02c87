package dev.foresight.models.scoring;

import dev.foresight.models.registry.ModelArtifacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the golden model and its expected scores used by {@link SavedModelCompatibilityTest}. Run it by hand
 * (from the IDE, or {@code java -cp ...}) only when a format change is intended, and commit both files.
 */
public final class GoldenModelFixture {

    record Expected(String sha256, PlattCalibration calibration, List<Map<String, Double>> rows,
                    List<Double> probabilities, List<String> topReason) {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "models/src/test/resources/golden");
        var tribuo = TrainedModels.xgboost();
        byte[] artifact = ModelArtifacts.toBytes(tribuo);
        var calibration = new PlattCalibration(0.9, -0.1);
        var model = new ScoringModel(tribuo, calibration, TrainedModels.MANIFEST);
        List<Map<String, Double>> rows = TrainedModels.rows(20, 2024);
        List<Score> scores = model.scoreAll(rows);
        var expected = new Expected(ModelArtifacts.sha256(artifact), calibration, rows,
                scores.stream().map(Score::probability).toList(),
                scores.stream().map(s -> s.strongest(1).get(0).feature()).toList());
        Files.createDirectories(directory);
        Files.write(directory.resolve("churn-xgboost.tribuo"), artifact);
        Files.writeString(directory.resolve("expected-scores.json"),
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(expected));
    }

    private GoldenModelFixture() {
    }
}
