package dev.foresight.models.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.foresight.models.registry.ModelArtifacts;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A model saved by an earlier build, with the scores it gave then. If a Tribuo, XGBoost or Foresight change alters
 * the stored format or the scores, this fails. {@link GoldenModelFixture} rewrites both files on purpose.
 */
class SavedModelCompatibilityTest {

    @Test
    void theCheckedInModelStillLoadsVerifiesAndScoresAsRecorded() throws IOException {
        byte[] artifact = resource("golden/churn-xgboost.tribuo").readAllBytes();
        var expected = JsonMapper.builder().build().readValue(resource("golden/expected-scores.json"),
                new TypeReference<GoldenModelFixture.Expected>() {
                });
        var model = new ScoringModel(ModelArtifacts.fromBytes(artifact, expected.sha256()), expected.calibration(),
                TrainedModels.MANIFEST);
        List<Map<String, Double>> rows = expected.rows();
        List<Score> scores = model.scoreAll(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(scores.get(i).probability()).as("row %d", i).isCloseTo(expected.probabilities().get(i), within(1e-6));
            assertThat(scores.get(i).strongest(1).get(0).feature()).isEqualTo(expected.topReason().get(i));
        }
    }

    private static InputStream resource(String name) {
        return SavedModelCompatibilityTest.class.getClassLoader().getResourceAsStream(name);
    }
}
