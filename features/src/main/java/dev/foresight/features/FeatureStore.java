package dev.foresight.features;

import dev.foresight.models.FeatureManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feature tables on disk: Parquet partitioned by {@code snapshot_date}, with {@code _manifest.json} (feature names,
 * types, definition version) beside the partitions. Spark skips files starting with an underscore.
 */
public final class FeatureStore {

    public static final String MANIFEST_FILE = "_manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeatureStore() {
    }

    /** Writes (replacing) the table and its manifest. Rerunning with the same input gives the same files. */
    public static void write(Dataset<Row> table, Path directory, FeatureManifest manifest) {
        table.write().mode(SaveMode.Overwrite).partitionBy(FeatureTableBuilder.SNAPSHOT).parquet(directory.toString());
        try {
            Files.writeString(directory.resolve(MANIFEST_FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FeatureManifest manifest(Path directory) {
        Path file = directory.resolve(MANIFEST_FILE);
        if (!Files.exists(file)) {
            throw new IllegalStateException("No feature table at " + directory + " (missing " + MANIFEST_FILE + ")");
        }
        try {
            return JSON.readValue(Files.readString(file), FeatureManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dataset<Row> read(SparkSession spark, Path directory) {
        manifest(directory);
        return spark.read().parquet(directory.toString());
    }

    /** One snapshot's rows; fails clearly when the partition is missing. */
    public static Dataset<Row> snapshot(SparkSession spark, Path directory, LocalDate date) {
        Path partition = directory.resolve(FeatureTableBuilder.SNAPSHOT + "=" + date);
        if (!Files.isDirectory(partition)) {
            throw new IllegalStateException("Feature table " + directory + " has no partition for snapshot " + date);
        }
        return read(spark, directory).filter(org.apache.spark.sql.functions.col(FeatureTableBuilder.SNAPSHOT)
                .equalTo(java.sql.Date.valueOf(date)));
    }
}
