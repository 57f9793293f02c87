package dev.foresight.models.drift;

import java.util.List;
import java.util.Map;

/**
 * Population stability of one scoring run against a model's reference: the score's PSI, each feature's, and
 * whether any reached {@code threshold}.
 */
public record DriftResult(double scorePsi, Map<String, Double> featurePsi, long customers, double threshold) {

    public boolean drifted() {
        return scorePsi >= threshold || !driftedFeatures().isEmpty();
    }

    /** Features at or above the threshold, the most shifted first. */
    public List<String> driftedFeatures() {
        return featurePsi.entrySet().stream().filter(e -> e.getValue() >= threshold)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }
}
