package dev.foresight.models.scoring;

import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/** Builds the Tribuo example for a feature row, in manifest order; a missing or NaN value counts as 0. */
public final class FeatureVectors {

    private FeatureVectors() {
    }

    public static Example<Label> example(List<String> names, Map<String, Double> features, Label label) {
        String[] featureNames = names.toArray(String[]::new);
        double[] values = new double[featureNames.length];
        for (int i = 0; i < featureNames.length; i++) {
            Double value = features.get(featureNames[i]);
            values[i] = value == null || value.isNaN() ? 0 : value;
        }
        return new ArrayExample<>(label, featureNames, values);
    }
}
