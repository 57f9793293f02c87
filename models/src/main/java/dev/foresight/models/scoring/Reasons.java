package dev.foresight.models.scoring;

import dev.foresight.models.FeatureManifest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns a score's contributions into the strongest reasons raising and lowering it, worded with the feature's
 * description and the typical (median) value among the customers the model was trained on.
 */
public final class Reasons {

    private final Map<String, String> descriptions;
    private final Map<String, Double> typical;

    public Reasons(FeatureManifest manifest, Map<String, Double> typicalValues) {
        this.descriptions = manifest.features().stream()
                .collect(Collectors.toMap(FeatureManifest.FeatureColumn::name, FeatureManifest.FeatureColumn::description));
        this.typical = Map.copyOf(typicalValues);
    }

    /** The strongest {@code n} reasons that raise the score, largest first. */
    public List<Reason> raising(Score score, int n) {
        return strongest(score, n, c -> c.weight() > 0);
    }

    /** The strongest {@code n} reasons that lower the score, largest first. */
    public List<Reason> lowering(Score score, int n) {
        return strongest(score, n, c -> c.weight() < 0);
    }

    private List<Reason> strongest(Score score, int n, Predicate<Contribution> side) {
        return score.contributions().stream().filter(side)
                .sorted(Comparator.comparingDouble((Contribution c) -> Math.abs(c.weight())).reversed())
                .limit(n).map(this::reason).toList();
    }

    private Reason reason(Contribution c) {
        Double usual = typical.get(c.feature());
        String description = descriptions.getOrDefault(c.feature(), c.feature());
        String text = description + ": " + number(c.value()) + (usual == null ? "" : " (typical: " + number(usual) + ")");
        return new Reason(c.feature(), text, c.value(), usual, c.direction(),
                Math.round(c.weight() * 10_000) / 10_000.0);
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 1 ? "%.1f" : "%.2f", value);
    }
}
