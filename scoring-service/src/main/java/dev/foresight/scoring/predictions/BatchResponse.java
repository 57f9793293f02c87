package dev.foresight.scoring.predictions;

import java.util.List;

/** Predictions for the known customers of a batch, and the ids that have no features (unknown or inactive). */
public record BatchResponse(List<CustomerPredictions> predictions, List<String> notFound) {
}
