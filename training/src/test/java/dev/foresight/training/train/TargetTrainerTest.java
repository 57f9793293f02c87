package dev.foresight.training.train;

import static dev.foresight.training.train.SyntheticRows.fitRows;
import static dev.foresight.training.train.SyntheticRows.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.foresight.models.FeatureManifest;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.train.mllib.MllibGradientBoostedTrees;
import dev.foresight.training.train.mllib.MllibLogisticRegression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTrainerTest {

    private static final FeatureManifest MANIFEST = new FeatureManifest("t", List.of(
            new FeatureManifest.FeatureColumn("days_since_activity", "double", "recency"),
            new FeatureManifest.FeatureColumn("count_login_30d", "double", "logins"),
            new FeatureManifest.FeatureColumn("constant", "double", "never changes")));
    private static final LocalDate D = LocalDate.of(2024, 6, 1);
    private static final TrainingProperties.Xgboost XGBOOST = new TrainingProperties.Xgboost(50, 0.1, 3, 1, 1, 1, 42);
    private static final TrainingProperties.Mllib MLLIB = new TrainingProperties.Mllib(20, 0.2, 3, 20, 1, 1, 32, 0.001, 100, 42);
    private final TargetTrainer trainer = new TargetTrainer(List.of(
            new TribuoLearner(Algorithm.XGBOOST, XGBOOST), new TribuoLearner(Algorithm.LOGISTIC_REGRESSION, XGBOOST)));

    @Test
    void picksACandidateReportsTheHoldOutAndBeatsAUselessBaseline() {
        var split = new TargetTrainer.Split(fitRows(rows(3_000, 1)), rows(1_000, 2), rows(1_000, 3), D, D, D, D);
        var trained = trainer.train("churn", MANIFEST, split, List.of(new Baseline("noise", "constant", 1)));
        TargetOutcome outcome = trained.outcome();
        assertThat(outcome.candidates()).containsOnlyKeys("XGBOOST", "LOGISTIC_REGRESSION");
        assertThat(outcome.holdout().rocAuc()).isGreaterThan(0.75);
        assertThat(outcome.baselineAuc().get("noise")).isEqualTo(0.5);
        assertThat(outcome.beatsBaselines()).isTrue();
        assertThat(outcome.manifest().names()).as("constant features are dropped").doesNotContain("constant");
        assertThat(outcome.holdout().calibration()).isNotEmpty();
        assertThat(outcome.typicalValues().get("count_login_30d")).isBetween(13.0, 16.0);
    }

    @Test
    void sparkMllibLearnersCompeteWithTheSameHoldOutAndPublishServableModels() {
        var mllib = new TargetTrainer(List.of(new MllibGradientBoostedTrees(MLLIB), new MllibLogisticRegression(MLLIB)));
        var split = new TargetTrainer.Split(fitRows(rows(3_000, 1)), rows(1_000, 2), rows(1_000, 3), D, D, D, D);
        var trained = mllib.train("churn", MANIFEST, split, List.of(new Baseline("noise", "constant", 1)));
        assertThat(trained.outcome().candidates()).containsOnlyKeys("SPARK_GBT", "SPARK_LOGISTIC_REGRESSION");
        assertThat(trained.outcome().holdout().rocAuc()).isGreaterThan(0.75);
        double[] served = trained.model().serving(trained.outcome().calibration()).probabilities(rows(10, 9).features());
        assertThat(java.util.Arrays.stream(served).distinct().count()).as("scores differ between customers").isGreaterThan(5);
    }

    @Test
    void aSnapshotWithOnlyOneOutcomeFailsWithAnExplanation() {
        LabelledRows noChurn = new LabelledRows(rows(100, 4).features(), new boolean[100]);
        var split = new TargetTrainer.Split(fitRows(rows(500, 1)), noChurn, rows(500, 3), D, D, D, D);
        assertThatThrownBy(() -> trainer.train("churn", MANIFEST, split, List.of()))
                .hasMessageContaining("the calibration snapshot has 100 eligible customers and 0 positives");
    }

    @Test
    void fitSnapshotsWithoutPositivesFailBeforeAnyLearnerRuns() {
        var split = new TargetTrainer.Split(fitRows(new LabelledRows(rows(200, 1).features(), new boolean[200])),
                rows(100, 2), rows(100, 3), D, D, D, D);
        assertThatThrownBy(() -> trainer.train("churn", MANIFEST, split, List.of()))
                .hasMessageContaining("the fit snapshot has 200 eligible customers and 0 positives");
    }
}
