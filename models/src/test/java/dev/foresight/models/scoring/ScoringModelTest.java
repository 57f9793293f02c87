package dev.foresight.models.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;

class ScoringModelTest {

    private static final List<Map<String, Double>> ROWS = TrainedModels.rows(50, 99);

    @Test
    void treeShapContributionsAddUpToTheLogOddsOfEveryPrediction() {
        assertContributionsAreAdditive(TrainedModels.xgboost());
    }

    @Test
    void linearContributionsAddUpToTheLogOddsOfEveryPrediction() {
        assertContributionsAreAdditive(TrainedModels.logistic());
    }

    @Test
    void reasonsPointTheWayTheRuleDoes() {
        var model = new ScoringModel(TrainedModels.xgboost(), PlattCalibration.IDENTITY, TrainedModels.MANIFEST);
        Score lapsed = model.score(Map.of("days_since_activity", 110.0, "count_login_30d", 0.0, "count_support_ticket_90d", 4.0));
        Score loyal = model.score(Map.of("days_since_activity", 1.0, "count_login_30d", 35.0, "count_support_ticket_90d", 0.0));
        assertThat(lapsed.probability()).isGreaterThan(0.8);
        assertThat(loyal.probability()).isLessThan(0.2);
        assertThat(lapsed.strongest(3)).allSatisfy(c -> assertThat(c.direction()).isEqualTo("raises"));
        assertThat(loyal.strongest(1).get(0).direction()).isEqualTo("lowers");
    }

    @Test
    void calibrationScalesContributionsWithItsSlope() {
        var raw = new ScoringModel(TrainedModels.logistic(), PlattCalibration.IDENTITY, TrainedModels.MANIFEST).score(ROWS.get(0));
        var scaled = new ScoringModel(TrainedModels.logistic(), new PlattCalibration(0.5, 0.2), TrainedModels.MANIFEST).score(ROWS.get(0));
        assertThat(scaled.contributions().get(0).weight()).isCloseTo(raw.contributions().get(0).weight() * 0.5, within(1e-9));
    }

    /** logit(p) minus the sum of contributions is the model's bias: the same for every row. */
    private static void assertContributionsAreAdditive(Model<Label> tribuo) {
        var model = new ScoringModel(tribuo, PlattCalibration.IDENTITY, TrainedModels.MANIFEST);
        List<Score> scores = model.scoreAll(ROWS);
        double[] bias = scores.stream().mapToDouble(s -> PlattCalibration.logit(s.probability())
                - s.contributions().stream().mapToDouble(Contribution::weight).sum()).toArray();
        for (double b : bias) {
            assertThat(b).isCloseTo(bias[0], within(1e-3));
        }
        assertThat(scores.stream().mapToDouble(Score::probability).distinct().count()).isGreaterThan(10);
    }
}
