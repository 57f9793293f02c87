package dev.foresight.scoring.predictions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * Scores caller-supplied feature values. With {@code customerId} the customer's current features are the starting
 * point and {@code features} overrides some of them; without it every model feature must be given.
 */
public record WhatIfRequest(@Pattern(regexp = CustomerIds.PATTERN, message = CustomerIds.MESSAGE) String customerId,
                            @NotNull Map<String, Double> features) {
}
