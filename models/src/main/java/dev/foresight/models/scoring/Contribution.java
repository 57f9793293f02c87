package dev.foresight.models.scoring;

/**
 * How much one feature moved a score, in log-odds, relative to the model's baseline.
 * Positive weight raises the probability.
 */
public record Contribution(String feature, double value, double weight) {

    public String direction() {
        return weight >= 0 ? "raises" : "lowers";
    }
}
