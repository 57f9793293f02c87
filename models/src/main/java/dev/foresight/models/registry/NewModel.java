package dev.foresight.models.registry;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.scoring.PlattCalibration;
import java.time.LocalDate;
import java.util.Map;

/** A freshly trained model on its way into the registry. */
public record NewModel(
        String target,
        String runId,
        String algorithm,
        Map<String, Object> hyperParameters,
        Map<String, Object> metrics,
        FeatureManifest manifest,
        PlattCalibration calibration,
        Map<String, Double> typicalValues,
        LocalDate trainingFrom,
        LocalDate trainingTo,
        LocalDate holdoutSnapshot,
        byte[] artifact) {
}
