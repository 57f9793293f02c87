package dev.foresight.training.train;

/**
 * A one-feature rule every model must beat on the same hold-out: the score is the feature itself, or its negative.
 * For churn, "recency" is days since last activity; for upsell, "spend" is recent spend.
 */
public record Baseline(String name, String feature, double sign) {
}
