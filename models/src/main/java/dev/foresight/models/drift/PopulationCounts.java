package dev.foresight.models.drift;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scored population counted in a reference's bins, one customer at a time, so memory stays one array per
 * feature however many customers are scored. Not thread-safe.
 */
public final class PopulationCounts {

    private final ReferenceDistribution reference;
    private final Map<String, long[]> features = new LinkedHashMap<>();
    private final long[] score;
    private long customers;

    PopulationCounts(ReferenceDistribution reference) {
        this.reference = reference;
        reference.features().forEach((name, d) -> features.put(name, new long[d.bins()]));
        this.score = new long[reference.score().bins()];
    }

    public void add(Map<String, Double> row, double probability) {
        features.forEach((name, counts) -> counts[reference.features().get(name).bin(ReferenceDistribution.value(row, name))]++);
        score[reference.score().bin(probability)]++;
        customers++;
    }

    public long customers() {
        return customers;
    }

    /** PSI of the score and of each feature against the reference; {@code threshold} decides what is drift. */
    public DriftResult result(double threshold) {
        Map<String, Double> featurePsi = new LinkedHashMap<>();
        features.forEach((name, counts) -> featurePsi.put(name, reference.features().get(name).psi(counts)));
        return new DriftResult(reference.score().psi(score), featurePsi, customers, threshold);
    }
}
