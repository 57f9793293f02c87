package dev.foresight.models.scoring;

import java.util.Comparator;
import java.util.List;

/** A calibrated probability and the per-feature contributions behind it. */
public record Score(double probability, List<Contribution> contributions) {

    /** The {@code n} contributions with the largest absolute weight, largest first. */
    public List<Contribution> strongest(int n) {
        return contributions.stream()
                .filter(c -> c.weight() != 0)
                .sorted(Comparator.comparingDouble((Contribution c) -> Math.abs(c.weight())).reversed())
                .limit(n)
                .toList();
    }

    /** Probability as a 0–100 score, the scale CRM screens show. */
    public int score100() {
        return (int) Math.round(probability * 100);
    }
}
