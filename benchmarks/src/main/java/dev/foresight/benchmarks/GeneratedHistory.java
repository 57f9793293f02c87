package dev.foresight.benchmarks;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;

import dev.foresight.training.generate.SyntheticHistoryGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.springframework.util.FileSystemUtils;

/**
 * The benchmark's input: the product's synthetic interaction history, written once as CSV and converted to Parquet
 * (one folder per size, the first customers whose events add up to it), reused by later runs with the same sizes.
 * Preparing it is not timed.
 */
final class GeneratedHistory {

    static final LocalDate END = LocalDate.of(2026, 11, 30);
    /** The generator's history averages about 72 events per customer; a margin so the largest size is reached. */
    private static final double EVENTS_PER_CUSTOMER = 60;

    private final SparkSession spark;
    private final Path directory;

    GeneratedHistory(SparkSession spark, Path directory) {
        this.spark = spark;
        this.directory = directory;
    }

    /** Parquet events of about {@code events} interactions ({@code customer_id, occurred_at, type, amount, quantity}). */
    Path events(long events) {
        return directory.resolve(String.format(Locale.ROOT, "events-%d", events));
    }

    /** Customers as the job reads them: {@code customer_id, signup_date, attributes} (JSON text). */
    Path customers() {
        return directory.resolve("customers");
    }

    /** Makes every size that is not on disk yet; returns the exact number of events in each. */
    List<Long> prepare(List<Long> sizes) {
        long largest = sizes.stream().mapToLong(Long::longValue).max().orElseThrow();
        Path all = directory.resolve("all-" + largest);
        if (!Files.exists(all.resolve("_SUCCESS"))) {
            Path csv = directory.resolve("csv");
            int customers = (int) Math.ceil(largest / EVENTS_PER_CUSTOMER);
            System.out.printf(Locale.ROOT, "benchmark: generating the history of %,d customers (once; kept in %s)%n",
                    customers, directory);
            new SyntheticHistoryGenerator(42, customers, END.minusYears(2), END).writeTo(csv);
            spark.read().option("header", true).schema("customer_id STRING, occurred_at TIMESTAMP, type STRING, "
                            + "channel STRING, amount DOUBLE, quantity DOUBLE, product STRING")
                    .csv(csv.resolve("interactions.csv").toString())
                    .select("customer_id", "occurred_at", "type", "amount", "quantity")
                    .write().mode(SaveMode.Overwrite).parquet(all.toString());
            spark.read().option("header", true).schema("customer_id STRING, signup_date DATE, plan_tier DOUBLE, "
                            + "seats DOUBLE, region STRING, segment STRING, owner STRING")
                    .csv(csv.resolve("customers.csv").toString())
                    .select(col("customer_id"), col("signup_date"), to_json(struct("plan_tier", "seats")).alias("attributes"))
                    .write().mode(SaveMode.Overwrite).parquet(customers().toString());
            FileSystemUtils.deleteRecursively(csv.toFile());
        }
        return sizes.stream().map(size -> subset(all, size)).toList();
    }

    private long subset(Path all, long size) {
        Path target = events(size);
        if (!Files.exists(target.resolve("_events"))) {
            // The first customers (ids sort in generation order) whose events add up to at most the size:
            // whole histories, so every size is a realistic population rather than truncated customers.
            Dataset<Row> perCustomer = spark.read().parquet(all.toString()).groupBy("customer_id").agg(count(lit(1)).alias("n"))
                    .withColumn("running", sum("n").over(Window.orderBy("customer_id")));
            Row last = perCustomer.filter(col("running").leq(size)).orderBy(col("customer_id").desc()).first();
            spark.read().parquet(all.toString()).filter(col("customer_id").leq(last.getString(0)))
                    .write().mode(SaveMode.Overwrite).parquet(target.toString());
            writeCount(target, last.getLong(2));
        }
        return readCount(target);
    }

    private static void writeCount(Path target, long events) {
        try {
            Files.writeString(target.resolve("_events"), Long.toString(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long readCount(Path target) {
        try {
            return Long.parseLong(Files.readString(target.resolve("_events")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
