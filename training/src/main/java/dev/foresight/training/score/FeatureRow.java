package dev.foresight.training.score;

import java.time.LocalDate;
import java.util.Map;

/** A customer's serving features as materialised in {@code customer_features}. */
public record FeatureRow(String customerId, LocalDate asOf, Map<String, Double> features) {
}
