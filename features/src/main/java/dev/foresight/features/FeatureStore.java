package dev.foresight.features;

import static org.apache.spark.sql.functions.col;

import dev.foresight.models.FeatureManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
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

    /**
     * The rows of some snapshots. Fails naming every missing partition rather than returning fewer rows, since a
     * training set silently missing a snapshot would still train.
     */
    public static Dataset<Row> snapshots(SparkSession spark, Path directory, Collection<LocalDate> dates) {
        List<LocalDate> missing = dates.stream().sorted()
                .filter(d -> !Files.isDirectory(directory.resolve(FeatureTableBuilder.SNAPSHOT + "=" + d))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Feature table " + directory + " has no partition for snapshot"
                    + (missing.size() > 1 ? "s " : " ") + missing.stream().map(LocalDate::toString)
                    .collect(Collectors.joining(", ")) + "; rebuild it (rerun the training job) or train on the snapshots it has");
        }
        return read(spark, directory).filter(col(FeatureTableBuilder.SNAPSHOT)
                .isin(dates.stream().map(Date::valueOf).toArray()));
    }
}
