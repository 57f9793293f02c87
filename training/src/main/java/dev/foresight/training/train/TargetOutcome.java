package dev.foresight.training.train;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.drift.DriftResult;
import dev.foresight.models.drift.ReferenceDistribution;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.training.evaluate.BinaryMetrics.Metrics;
import dev.foresight.training.evaluate.HoldoutCharts;
import java.time.LocalDate;
import java.util.Map;

/**
 * Everything one target's training produced except the model bytes: the chosen algorithm, its hold-out metrics,
 * every candidate's, baseline's and the current champion's hold-out results, the data it saw, its reference
 * distributions for drift checks and how far the hold-out population moved from the champion's reference. Saved as JSON beside the model file so
 * the publish step (and a restarted job) reads it back.
 */
public record TargetOutcome(
        String target,
        String algorithm,
        Map<String, Object> hyperParameters,
        PlattCalibration calibration,
        Map<String, Double> typicalValues,
        Metrics holdout,
        Map<String, Double> selectionAuc,
        Map<String, Metrics> candidates,
        Map<String, Double> baselineAuc,
        boolean beatsBaselines,
        Integer championVersion,
        Double championAuc,
        FeatureManifest manifest,
        LocalDate trainingFrom,
        LocalDate trainingTo,
        LocalDate calibrationSnapshot,
        LocalDate holdoutSnapshot,
        long trainingRows,
        HoldoutCharts charts,
        ReferenceDistribution reference,
        DriftResult driftFromChampion) {
}
