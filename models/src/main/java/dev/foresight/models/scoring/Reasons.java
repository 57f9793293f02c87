package dev.foresight.models.scoring;

import dev.foresight.models.FeatureManifest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a score's contributions into the strongest reasons raising and lowering it, worded with the feature's
 * description and the typical (median) value among the customers the model was trained on.
 */
public final class Reasons {

    private final Map<String, String> descriptions;
    private final Map<String, Double> typical;
    private final Set<String> indicators;

    public Reasons(FeatureManifest manifest, Map<String, Double> typicalValues) {
        this.descriptions = manifest.features().stream()
                .collect(Collectors.toMap(FeatureManifest.FeatureColumn::name, FeatureManifest.FeatureColumn::description));
        this.indicators = manifest.features().stream().filter(f -> FeatureManifest.INDICATOR.equals(f.type()))
                .map(FeatureManifest.FeatureColumn::name).collect(Collectors.toUnmodifiableSet());
        this.typical = Map.copyOf(typicalValues);
    }

    /** The strongest {@code n} reasons that raise the score, largest first. */
    public List<Reason> raising(Score score, int n) {
        return score.strongest(n, 1).stream().map(this::reason).toList();
    }

    /** The strongest {@code n} reasons that lower the score, largest first. */
    public List<Reason> lowering(Score score, int n) {
        return score.strongest(n, -1).stream().map(this::reason).toList();
    }

    private Reason reason(Contribution c) {
        Double usual = typical.get(c.feature());
        String description = descriptions.getOrDefault(c.feature(), c.feature());
        String text = description + ": " + word(c.feature(), c.value())
                + (usual == null ? "" : " (typical: " + word(c.feature(), usual) + ")");
        return new Reason(c.feature(), text, c.value(), usual, c.direction(),
                Math.round(c.weight() * 10_000) / 10_000.0);
    }

    /** A 0/1 indicator as "yes"/"no" ("Lead Source is Google: yes"), any other value as a number. */
    private String word(String feature, double value) {
        return indicators.contains(feature) ? (value >= 0.5 ? "yes" : "no") : number(value);
    }

    /** Whole numbers as such, others to 0, 1 or 2 decimals by size (as "%.0f"/"%.1f"/"%.2f", without Formatter's cost). */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 1e15) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        int decimals = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 2;
        long scaled = Math.round(Math.abs(value) * (decimals == 0 ? 1 : decimals == 1 ? 10 : 100));
        String digits = Long.toString(scaled);
        if (decimals > 0) {
            digits = "0".repeat(Math.max(0, decimals + 1 - digits.length())) + digits;
            digits = digits.substring(0, digits.length() - decimals) + "." + digits.substring(digits.length() - decimals);
        }
        return value < 0 && scaled != 0 ? "-" + digits : digits;
    }
}
