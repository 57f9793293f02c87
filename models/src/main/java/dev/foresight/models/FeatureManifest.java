package dev.foresight.models;

import java.util.List;

/**
 * The columns a model was trained on, in order, and the version of the feature definitions that produced them.
 * Stored beside every feature table and every registered model so serving builds exactly the same vector. Models of
 * CRM-record targets also carry the {@link RecordEncoding} that turns a record's raw fields into these columns;
 * for models of the interaction history it is null.
 */
public record FeatureManifest(String definitionVersion, List<FeatureColumn> features, RecordEncoding recordEncoding) {

    /** Type of a 0/1 column (a category's level, a missing-value flag), worded yes/no in reasons. */
    public static final String INDICATOR = "indicator";

    public FeatureManifest {
        features = List.copyOf(features);
    }

    public FeatureManifest(String definitionVersion, List<FeatureColumn> features) {
        this(definitionVersion, features, null);
    }

    /** The same manifest restricted to {@code keep}, e.g. without features that never vary in training data. */
    public FeatureManifest retain(java.util.Set<String> keep) {
        RecordEncoding encoding = recordEncoding == null ? null : new RecordEncoding(recordEncoding.idField(),
                recordEncoding.missingValues(),
                recordEncoding.columns().stream().filter(c -> keep.contains(c.feature())).toList(),
                recordEncoding.segmentField(), recordEncoding.segmentTargets(), recordEncoding.historyKey());
        return new FeatureManifest(definitionVersion, features.stream().filter(f -> keep.contains(f.name())).toList(),
                encoding);
    }

    /** The same manifest with another record encoding. */
    public FeatureManifest withRecordEncoding(RecordEncoding encoding) {
        return new FeatureManifest(definitionVersion, features, encoding);
    }

    public List<String> names() {
        return features.stream().map(FeatureColumn::name).toList();
    }

    /** One feature column: its name, type and a sentence a sales rep can read. */
    public record FeatureColumn(String name, String type, String description) {
    }
}
