package dev.foresight.training.train.mllib;

import static dev.foresight.training.train.SyntheticRows.fitRows;
import static dev.foresight.training.train.SyntheticRows.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.models.scoring.Score;
import dev.foresight.models.scoring.ScoringModel;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.train.FitRows;
import dev.foresight.training.train.FittedModel;
import dev.foresight.training.train.LabelledRows;
import dev.foresight.training.train.SyntheticRows;
import java.util.List;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The scoring service serves MLlib models without Spark: from the trees or weights copied out of Spark's model.
 * Served probabilities must be Spark's own {@code transform} output on rows neither model trained on.
 */
class MllibParityTest {

    private static final FeatureManifest MANIFEST = new FeatureManifest("t", SyntheticRows.NAMES.stream()
            .map(n -> new FeatureManifest.FeatureColumn(n, "double", n)).toList());
    // Deeper than the default, so trees have more than ten splits and take the per-row TreeSHAP path too
    private static final TrainingProperties.Mllib DEEP = new TrainingProperties.Mllib(30, 0.2, 5, 5, 0.8, 0.7, 32, 0.001, 100, 7);
    private static final TrainingProperties.Mllib SHALLOW = new TrainingProperties.Mllib(30, 0.2, 3, 20, 1, 1, 32, 0.01, 100, 7);

    @Test
    void servedGradientBoostedTreesEqualSparkTransformOnTheHoldOut() {
        for (TrainingProperties.Mllib p : List.of(SHALLOW, DEEP)) {
            var learner = new MllibGradientBoostedTrees(p);
            try (FitRows fit = fitRows(rows(4_000, 1)); FitRows holdout = fitRows(rows(2_000, 2))) {
                var spark = learner.train(MANIFEST, fit);
                var served = FittedModel.of(MllibTrees.portable(spark), MANIFEST).serving(PlattCalibration.IDENTITY);
                assertServedEqualsSpark(spark, served, holdout);
            }
        }
    }

    @Test
    void servedLogisticRegressionEqualsSparkTransformOnTheHoldOut() {
        var learner = new MllibLogisticRegression(SHALLOW);
        try (FitRows fit = fitRows(rows(4_000, 1)); FitRows holdout = fitRows(rows(2_000, 2))) {
            var spark = learner.train(MANIFEST, fit);
            var served = learner.fit(MANIFEST, fit).serving(PlattCalibration.IDENTITY);
            assertServedEqualsSpark(spark, served, holdout);
        }
    }

    private static void assertServedEqualsSpark(Model<?> spark, ScoringModel served, FitRows holdout) {
        List<Row> transformed = spark.transform(MllibInput.assemble(holdout.dataset(), MANIFEST.names()))
                .select("probability").collectAsList();
        LabelledRows rows = holdout.collected();
        double[] probabilities = served.probabilities(rows.features());
        assertThat(probabilities).hasSize(transformed.size());
        for (int i = 0; i < probabilities.length; i++) {
            double expected = ((Vector) transformed.get(i).get(0)).apply(1);
            assertThat(probabilities[i]).as("row %d", i).isCloseTo(expected, within(1e-6));
            Score score = served.score(rows.features().get(i));
            assertThat(score.probability()).as("with reasons, row %d", i).isCloseTo(expected, within(1e-6));
        }
    }
}
