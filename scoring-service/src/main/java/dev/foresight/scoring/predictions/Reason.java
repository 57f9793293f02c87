package dev.foresight.scoring.predictions;

/** One reason behind a score: the feature, what it means, its value, and how much it moved the log-odds. */
public record Reason(String feature, String description, double value, String direction, double weight) {
}
