package dev.foresight.scoring.predictions;

import java.time.LocalDate;
import java.util.Map;

/** All targets' predictions for one customer, with the date of the features they were computed from. */
public record CustomerPredictions(String customerId, LocalDate featuresAsOf, Map<String, TargetPrediction> predictions) {
}
