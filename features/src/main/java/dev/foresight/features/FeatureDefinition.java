package dev.foresight.features;

import org.apache.spark.sql.Column;

/**
 * One feature, declared once: an aggregate over a customer's daily interaction rows up to the snapshot date, or a
 * value derived from other features of the same row. Training and serving both read the table these produce.
 */
public record FeatureDefinition(String name, String description, Phase phase, Column expression) {

    public enum Phase {
        /** aggregate over rows {@code (snapshot_date, customer_id, day, type, n, amount, quantity, age)} */
        AGGREGATE,
        /** expression over already aggregated features and customer columns */
        DERIVED
    }
}
