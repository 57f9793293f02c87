package dev.foresight.models.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;

/** The compiled models give Tribuo's probabilities and XGBoost's own TreeSHAP contributions, row by row. */
class CompiledModelParityTest {

    private static final List<Map<String, Double>> ROWS = withEdgeCases(TrainedModels.rows(300, 17));

    @Test
    void shallowTreesAreTabulatedAndMatchXGBoostsTreeShap() throws Exception {
        var model = TrainedModels.train(new XGBoostClassificationTrainer(60, 0.1, 0, 3, 1, 1, 1, 1, 0, 1, true, 7));
        var ensemble = (TreeEnsemble) new ScoringModel(model, PlattCalibration.IDENTITY, TrainedModels.MANIFEST).compiled();
        assertThat(ensemble.tabulatedTrees()).isEqualTo(120);
        assertMatchesXGBoost(model);
    }

    @Test
    void deepTreesRunTreeShapPerRowAndMatchXGBoost() throws Exception {
        Model<Label> model = TrainedModels.xgboost();
        var ensemble = (TreeEnsemble) new ScoringModel(model, PlattCalibration.IDENTITY, TrainedModels.MANIFEST).compiled();
        assertThat(ensemble.tabulatedTrees()).isLessThan(60);
        assertMatchesXGBoost(model);
    }

    @Test
    void infiniteValuesFollowXGBoostsComparisonLikeTheLargestFloats() {
        // XGBoost refuses infinite input, so the reference here is its rule (v < threshold) at the float extremes.
        var scoring = new ScoringModel(TrainedModels.xgboost(), PlattCalibration.IDENTITY, TrainedModels.MANIFEST);
        for (double[] pair : new double[][] {{Double.POSITIVE_INFINITY, Float.MAX_VALUE}, {Double.NEGATIVE_INFINITY, -Float.MAX_VALUE}}) {
            Map<String, Double> infinite = new HashMap<>(ROWS.get(0));
            Map<String, Double> extreme = new HashMap<>(ROWS.get(0));
            infinite.put("days_since_activity", pair[0]);
            extreme.put("days_since_activity", pair[1]);
            assertThat(scoring.score(infinite).probability()).isEqualTo(scoring.score(extreme).probability());
        }
    }

    @Test
    void logisticRegressionMatchesTribuo() {
        assertProbabilitiesMatchTribuo(TrainedModels.logistic());
    }

    @SuppressWarnings("unchecked")
    private static void assertMatchesXGBoost(Model<Label> model) throws Exception {
        assertProbabilitiesMatchTribuo(model);
        var scoring = new ScoringModel(model, PlattCalibration.IDENTITY, TrainedModels.MANIFEST);
        double[][] expected = XGBoostReference.contributions((XGBoostModel<Label>) model, TrainedModels.MANIFEST.names(), ROWS);
        for (int r = 0; r < ROWS.size(); r++) {
            List<Contribution> actual = scoring.score(ROWS.get(r)).contributions();
            for (int i = 0; i < expected[r].length; i++) {
                assertThat(actual.get(i).weight()).as("row %d feature %d", r, i).isCloseTo(expected[r][i], within(1e-4));
            }
        }
    }

    private static void assertProbabilitiesMatchTribuo(Model<Label> model) {
        var scoring = new ScoringModel(model, PlattCalibration.IDENTITY, TrainedModels.MANIFEST);
        double[] compiled = scoring.probabilities(ROWS);
        for (int r = 0; r < ROWS.size(); r++) {
            var prediction = model.predict(FeatureVectors.example(TrainedModels.MANIFEST.names(), ROWS.get(r), BinaryLabels.NEGATIVE));
            assertThat(compiled[r]).as("row %d", r).isCloseTo(ScoringModel.rawProbability(prediction), within(1e-5));
            // Probabilities alone walk the trees; with reasons they come from TreeSHAP tables (floats): both must agree.
            assertThat(scoring.score(ROWS.get(r)).probability()).as("row %d", r).isCloseTo(compiled[r], within(1e-6));
        }
    }

    /** Zeros, negatives, huge values and values exactly on typical split points. */
    private static List<Map<String, Double>> withEdgeCases(List<Map<String, Double>> rows) {
        var all = new java.util.ArrayList<>(rows);
        for (double v : new double[] {0, -1, 0.5, 1, 2, 2.5, 1e9, -1e9}) {
            Map<String, Double> row = new HashMap<>();
            TrainedModels.MANIFEST.names().forEach(n -> row.put(n, v));
            all.add(row);
        }
        return all;
    }
}
