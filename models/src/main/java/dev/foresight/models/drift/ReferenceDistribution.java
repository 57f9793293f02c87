package dev.foresight.models.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's reference population, kept with it in the registry: the distribution of each feature and of the
 * calibrated probability on the hold-out snapshot, the population its published metrics describe.
 */
public record ReferenceDistribution(Map<String, Distribution> features, Distribution score) {

    /** From rows in the order of {@code names} (missing as 0, as models see them) and their probabilities. */
    public static ReferenceDistribution of(List<String> names, List<Map<String, Double>> rows, double[] probabilities) {
        Map<String, Distribution> features = new LinkedHashMap<>();
        for (String name : names) {
            features.put(name, Distribution.of(rows.stream().mapToDouble(r -> value(r, name)).toArray()));
        }
        return new ReferenceDistribution(features, Distribution.of(probabilities));
    }

    /** Counts a new population feature by feature and by score, in this reference's bins. */
    public PopulationCounts counter() {
        return new PopulationCounts(this);
    }

    static double value(Map<String, Double> row, String name) {
        Double v = row.get(name);
        return v == null || v.isNaN() ? 0 : v;
    }
}
