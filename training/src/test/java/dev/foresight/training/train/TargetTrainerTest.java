package dev.foresight.training.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.foresight.models.FeatureManifest;
import dev.foresight.training.TrainingProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TargetTrainerTest {

    private static final FeatureManifest MANIFEST = new FeatureManifest("t", List.of(
            new FeatureManifest.FeatureColumn("days_since_activity", "double", "recency"),
            new FeatureManifest.FeatureColumn("count_login_30d", "double", "logins"),
            new FeatureManifest.FeatureColumn("constant", "double", "never changes")));
    private static final LocalDate D = LocalDate.of(2024, 6, 1);
    private final TargetTrainer trainer = new TargetTrainer(new TrainingProperties.Xgboost(50, 0.1, 3, 1, 1, 1, 42));

    @Test
    void picksACandidateReportsTheHoldOutAndBeatsAUselessBaseline() {
        var split = new TargetTrainer.Split(rows(3_000, 1), rows(1_000, 2), rows(1_000, 3), D, D, D, D);
        var trained = trainer.train("churn", MANIFEST, split, List.of(new Baseline("noise", "constant", 1)));
        TargetOutcome outcome = trained.outcome();
        assertThat(outcome.candidates()).containsOnlyKeys("XGBOOST", "LOGISTIC_REGRESSION");
        assertThat(outcome.holdout().rocAuc()).isGreaterThan(0.75);
        assertThat(outcome.baselineAuc().get("noise")).isEqualTo(0.5);
        assertThat(outcome.beatsBaselines()).isTrue();
        assertThat(outcome.manifest().names()).as("constant features are dropped").doesNotContain("constant");
        assertThat(outcome.holdout().calibration()).isNotEmpty();
    }

    @Test
    void aSnapshotWithOnlyOneOutcomeFailsWithAnExplanation() {
        LabelledRows noChurn = new LabelledRows(rows(100, 4).features(), new boolean[100]);
        var split = new TargetTrainer.Split(rows(500, 1), noChurn, rows(500, 3), D, D, D, D);
        assertThatThrownBy(() -> trainer.train("churn", MANIFEST, split, List.of()))
                .hasMessageContaining("the calibration snapshot has 100 eligible customers and 0 positives");
    }

    /** Churn is likelier the longer since the last activity and the fewer the logins. */
    private static LabelledRows rows(int n, long seed) {
        var random = new SplittableRandom(seed);
        List<Map<String, Double>> features = new ArrayList<>();
        boolean[] outcome = new boolean[n];
        for (int i = 0; i < n; i++) {
            double recency = random.nextDouble(0, 120);
            double logins = random.nextDouble(0, 30);
            features.add(Map.of("days_since_activity", recency, "count_login_30d", logins, "constant", 1.0));
            outcome[i] = random.nextDouble() < 1 / (1 + Math.exp(-(recency / 20 - logins / 5)));
        }
        return new LabelledRows(features, outcome);
    }
}
