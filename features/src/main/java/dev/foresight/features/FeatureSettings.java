package dev.foresight.features;

import java.util.List;

/**
 * Which features the catalog declares.
 *
 * @param windowsDays         look-back windows for counts and sums (e.g. 7, 30, 90, 365)
 * @param attributeFeatures   numeric customer attributes (keys of {@code customers.attributes}) used as features
 * @param recencyCapDays      recency of a type never seen, and the cap of all recencies
 */
public record FeatureSettings(List<Integer> windowsDays, List<String> attributeFeatures, int recencyCapDays) {

    public FeatureSettings {
        windowsDays = windowsDays.stream().sorted().distinct().toList();
        attributeFeatures = List.copyOf(attributeFeatures);
        if (windowsDays.isEmpty() || windowsDays.get(0) < 1) {
            throw new IllegalArgumentException("feature windows must be positive day counts: " + windowsDays);
        }
    }

    public int longestWindow() {
        return windowsDays.get(windowsDays.size() - 1);
    }
}
