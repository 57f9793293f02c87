package dev.foresight.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;

import dev.foresight.database.JdbcConnectionInfo;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the interaction history from PostgreSQL into Spark, in parallel partitions by customer, and rolls it up
 * to one row per customer, day and type, the grain every feature and label is computed from.
 */
public final class InteractionHistory {

    private final SparkSession spark;
    private final JdbcConnectionInfo database;
    private final int partitions;

    public InteractionHistory(SparkSession spark, JdbcConnectionInfo database, int partitions) {
        this.spark = spark;
        this.database = database;
        this.partitions = partitions;
    }

    /** Daily roll-up of interactions on or before {@code until}. */
    public Dataset<Row> daily(LocalDate until) {
        String[] predicates = IntStream.range(0, partitions)
                .mapToObj(i -> "mod(abs(hashtext(customer_id)), " + partitions + ") = " + i).toArray(String[]::new);
        String query = "(SELECT customer_id, occurred_at, type, amount, quantity FROM interactions"
                + " WHERE occurred_at < DATE '" + until.plusDays(1) + "') AS history";
        return rollUp(spark.read().jdbc(database.url(), query, predicates, database.asProperties()));
    }

    /**
     * Interactions ({@code customer_id, occurred_at, type, amount, quantity}, from any source) rolled up to one row
     * per customer, day and type; the aggregation runs on the executors, nothing event-level reaches the driver.
     * The roll-up is hash-partitioned by customer alone: every later aggregation, window and join is per (snapshot,
     * customer), which that partitioning already satisfies, so the wide feature rows are never shuffled (4-5 times
     * faster than shuffling them after the snapshot join; see the feature-build benchmark).
     */
    public static Dataset<Row> rollUp(Dataset<Row> interactions) {
        return interactions.repartition(col("customer_id")).groupBy(col("customer_id"), to_date(col("occurred_at")).alias("day"), col("type"))
                .agg(count(lit(1)).alias("n"), sum("amount").alias("amount"), sum("quantity").alias("quantity"));
    }

    /** Customers with their signup date and attributes (JSON text). */
    public Dataset<Row> customers() {
        return spark.read().jdbc(database.url(),
                "(SELECT customer_id, signup_date, attributes::text AS attributes FROM customers) AS c",
                database.asProperties());
    }
}
