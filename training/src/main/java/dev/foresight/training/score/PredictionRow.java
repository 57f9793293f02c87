package dev.foresight.training.score;

import java.time.LocalDate;

/** One stored batch prediction; reasons are JSON. */
public record PredictionRow(String customerId, String target, long modelId, LocalDate asOf, double probability,
                            int score, String band, String reasonsJson) {
}
