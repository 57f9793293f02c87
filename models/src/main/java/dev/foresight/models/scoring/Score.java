package dev.foresight.models.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A calibrated probability and the per-feature contributions behind it. Kept as arrays: a model has ~100 features
 * and a response names ten of them, so contributions become objects only when asked for.
 */
public final class Score {

    private final double probability;
    private final List<String> features;
    private final double[] values;
    private final double[] weights;

    public Score(double probability, List<Contribution> contributions) {
        this(probability, contributions.stream().map(Contribution::feature).toList(),
                contributions.stream().mapToDouble(Contribution::value).toArray(),
                contributions.stream().mapToDouble(Contribution::weight).toArray());
    }

    Score(double probability, List<String> features, double[] values, double[] weights) {
        this.probability = probability;
        this.features = features;
        this.values = values;
        this.weights = weights;
    }

    public double probability() {
        return probability;
    }

    /** Probability as a 0–100 score, the scale CRM screens show. */
    public int score100() {
        return (int) Math.round(probability * 100);
    }

    /** Every feature's contribution, in manifest order. */
    public List<Contribution> contributions() {
        List<Contribution> all = new ArrayList<>(weights.length);
        for (int i = 0; i < weights.length; i++) {
            all.add(contribution(i));
        }
        return all;
    }

    /** The {@code n} contributions with the largest absolute weight, largest first. */
    public List<Contribution> strongest(int n) {
        return strongest(n, 0);
    }

    /**
     * The {@code n} strongest contributions of one sign ({@code 1} raising, {@code -1} lowering, {@code 0} either),
     * largest first; zero weights never count.
     */
    List<Contribution> strongest(int n, int sign) {
        int[] top = new int[n];
        int size = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (w == 0 || sign > 0 && w < 0 || sign < 0 && w > 0) {
                continue;
            }
            if (size < n) {
                size++;
            } else if (Math.abs(w) <= Math.abs(weights[top[n - 1]])) {
                continue;
            }
            int at = size - 1;
            while (at > 0 && Math.abs(weights[top[at - 1]]) < Math.abs(w)) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        List<Contribution> result = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            result.add(contribution(top[k]));
        }
        return result;
    }

    private Contribution contribution(int i) {
        return new Contribution(features.get(i), values[i], weights[i]);
    }
}
