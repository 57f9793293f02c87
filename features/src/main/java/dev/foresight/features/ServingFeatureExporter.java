package dev.foresight.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import dev.foresight.database.JdbcConnectionInfo;
import dev.foresight.models.FeatureManifest;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Materialises the serving snapshot into PostgreSQL ({@code customer_features}) so the scoring service reads the
 * very values the batch computed, without Spark. Spark writes a staging table; one transaction swaps it in.
 */
public final class ServingFeatureExporter {

    private static final String STAGING = "customer_features_staging";

    private final JdbcConnectionInfo database;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public ServingFeatureExporter(JdbcConnectionInfo database, JdbcClient jdbc, TransactionTemplate transactions) {
        this.database = database;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Replaces the serving features with {@code snapshot}'s rows; returns the number of customers. */
    public long export(Dataset<Row> snapshot, LocalDate asOf, FeatureManifest manifest) {
        Column[] features = manifest.names().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        snapshot.select(col(FeatureTableBuilder.CUSTOMER), to_json(struct(features)).alias("features"))
                .withColumn("as_of", lit(java.sql.Date.valueOf(asOf)))
                .withColumn("definition_version", lit(manifest.definitionVersion()))
                .write().mode(SaveMode.Overwrite).option("truncate", "true")
                .jdbc(database.url(), STAGING, database.asProperties());
        return transactions.execute(status -> {
            jdbc.sql("DELETE FROM customer_features WHERE customer_id NOT IN (SELECT customer_id FROM " + STAGING + ")").update();
            return (long) jdbc.sql("""
                    INSERT INTO customer_features (customer_id, as_of, definition_version, features, computed_at)
                    SELECT customer_id, as_of, definition_version, features::jsonb, now() FROM %s
                    ON CONFLICT (customer_id) DO UPDATE SET as_of = EXCLUDED.as_of,
                        definition_version = EXCLUDED.definition_version, features = EXCLUDED.features,
                        computed_at = EXCLUDED.computed_at""".formatted(STAGING)).update();
        });
    }
}
