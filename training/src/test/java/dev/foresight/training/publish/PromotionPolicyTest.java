package dev.foresight.training.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.training.evaluate.BinaryMetrics;
import dev.foresight.training.train.TargetOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromotionPolicyTest {

    private final PromotionPolicy policy = new PromotionPolicy(0.01);

    @Test
    void aModelThatBeatsItsBaselinesBecomesTheFirstChampion() {
        var decision = policy.decide(outcome(0.80, 0.70, null, null));
        assertThat(decision.promote()).isTrue();
        assertThat(decision.reason()).startsWith("champion: hold-out ROC AUC 0.8000");
    }

    @Test
    void aModelThatDoesNotBeatItsBaselinesIsNotPublished() {
        var decision = policy.decide(outcome(0.69, 0.70, null, null));
        assertThat(decision.promote()).isFalse();
        assertThat(decision.reason()).contains("does not beat the baselines");
    }

    @Test
    void aSlightlyWorseChallengerWithinTheToleranceReplacesTheChampion() {
        assertThat(policy.decide(outcome(0.795, 0.70, 3, 0.80)).promote()).isTrue();
    }

    @Test
    void aClearlyWorseChallengerKeepsTheChampion() {
        var decision = policy.decide(outcome(0.78, 0.70, 3, 0.80));
        assertThat(decision.promote()).isFalse();
        assertThat(decision.reason()).contains("below champion v3's 0.8000 on the same hold-out minus 0.010");
    }

    private static TargetOutcome outcome(double auc, double baseline, Integer championVersion, Double championAuc) {
        var holdout = new BinaryMetrics.Metrics(auc, 0.5, 0.4, 0.1, 2, 1000, 0.2, List.of());
        LocalDate d = LocalDate.of(2024, 1, 1);
        return new TargetOutcome("churn", "XGBOOST", Map.of(), PlattCalibration.IDENTITY, Map.of(), holdout, Map.of(), Map.of(),
                Map.of("recency", baseline), auc > baseline, championVersion, championAuc,
                new FeatureManifest("v", List.of()), d, d, d, d, 1000, null, null, null);
    }
}
