package dev.foresight.scoring.customers;

import java.time.LocalDate;
import java.util.Map;

/** A customer's latest feature snapshot, as the training job materialised it. */
public record CustomerFeatures(String customerId, LocalDate asOf, String definitionVersion, Map<String, Double> values) {
}
