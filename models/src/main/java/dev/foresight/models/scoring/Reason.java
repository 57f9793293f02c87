package dev.foresight.models.scoring;

/**
 * A reason behind a score, as a person would say it: "activity events in the last 30 days: 1 (typical: 6)",
 * with the feature, its value, the typical value among training customers, the direction and the exact weight.
 */
public record Reason(String feature, String text, double value, Double typical, String direction, double weight) {
}
