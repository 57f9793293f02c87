package dev.foresight.models;

import java.util.List;

/**
 * The columns a model was trained on, in order, and the version of the feature definitions that produced them.
 * Stored beside every feature table and every registered model so serving builds exactly the same vector.
 */
public record FeatureManifest(String definitionVersion, List<FeatureColumn> features) {

    public FeatureManifest {
        features = List.copyOf(features);
    }

    /** The same manifest restricted to {@code keep}, e.g. without features that never vary in training data. */
    public FeatureManifest retain(java.util.Set<String> keep) {
        return new FeatureManifest(definitionVersion, features.stream().filter(f -> keep.contains(f.name())).toList());
    }

    public List<String> names() {
        return features.stream().map(FeatureColumn::name).toList();
    }

    /** One feature column: its name, Spark SQL type and a sentence a sales rep can read. */
    public record FeatureColumn(String name, String type, String description) {
    }
}
