package dev.foresight.models.registry;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.scoring.PlattCalibration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A model version as the registry knows it (without its artifact bytes). */
public record RegisteredModel(
        long id,
        String target,
        int version,
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
        String sha256,
        boolean champion,
        OffsetDateTime createdAt) {
}
