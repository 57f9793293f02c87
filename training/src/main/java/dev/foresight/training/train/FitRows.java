package dev.foresight.training.train;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.foresight.features.FeatureStore;
import dev.foresight.features.FeatureTableBuilder;
import dev.foresight.models.FeatureManifest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The eligible rows of some snapshots of a feature table with one target's outcome, as a Spark dataset: the
 * manifest's features (missing as 0, as every learner trains them) and {@link #LABEL} (1.0 or 0.0). Counts,
 * varying features and medians are computed by Spark; the rows reach the driver only when a driver-side learner
 * asks for {@link #collected()}.
 */
public final class FitRows implements AutoCloseable {

    public static final String LABEL = "label";

    private final Dataset<Row> rows;
    private final List<String> names;
    private LabelledRows collected;
    private long size = -1;
    private long positives;

    private FitRows(Dataset<Row> rows, List<String> names) {
        this.rows = rows;
        this.names = List.copyOf(names);
    }

    public static FitRows read(SparkSession spark, Path table, FeatureManifest manifest, String labelColumn,
                               Set<LocalDate> snapshots) {
        List<Column> columns = new ArrayList<>();
        columns.add(col(FeatureTableBuilder.SNAPSHOT));
        columns.add(col(FeatureTableBuilder.CUSTOMER));
        manifest.names().forEach(n -> columns.add(when(col(n).isNull(), lit(0.0)).otherwise(col(n).cast("double")).alias(n)));
        columns.add(col(labelColumn).cast("double").alias(LABEL));
        // Placed by customer hash and sorted within each partition: the table's row order depends on which shuffle
        // blocks arrived first, and learners that sample rows per partition (XGBoost, MLlib GBT) would otherwise
        // train a different model from the same data on another run or cluster. A range sort would not do: its
        // boundaries come from a sample of the input in its arrival order.
        Dataset<Row> rows = FeatureStore.snapshots(spark, table, snapshots)
                .filter(col(labelColumn).isNotNull())
                .select(columns.toArray(Column[]::new))
                .repartition(col(FeatureTableBuilder.CUSTOMER))
                .sortWithinPartitions(col(FeatureTableBuilder.SNAPSHOT), col(FeatureTableBuilder.CUSTOMER));
        return of(rows, manifest.names());
    }

    /**
     * Rows already in this shape: {@code snapshot_date}, {@code customer_id}, the named features as non-null
     * doubles, and {@link #LABEL}. They are cached until {@link #close()}, as every learner reads them again.
     */
    static FitRows of(Dataset<Row> rows, List<String> names) {
        return new FitRows(rows.persist(StorageLevel.MEMORY_AND_DISK()), names);
    }

    /** Features and {@link #LABEL}, for Spark learners. */
    public Dataset<Row> dataset() {
        return rows;
    }

    public List<String> names() {
        return names;
    }

    public long size() {
        count();
        return size;
    }

    public long positives() {
        count();
        return positives;
    }

    private void count() {
        if (size < 0) {
            Row r = rows.agg(org.apache.spark.sql.functions.count(lit(1)), sum(col(LABEL))).first();
            size = r.getLong(0);
            positives = r.isNullAt(1) ? 0 : Math.round(r.getDouble(1));
        }
    }

    /** Features that take more than one value in these rows; a constant teaches a model nothing. */
    public Set<String> varyingFeatures() {
        if (names.isEmpty()) {
            return Set.of();
        }
        List<Column> aggregates = new ArrayList<>();
        names.forEach(n -> {
            aggregates.add(min(col(n)));
            aggregates.add(max(col(n)));
        });
        Row r = rows.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new)).first();
        Set<String> varying = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!r.isNullAt(2 * i) && r.getDouble(2 * i) != r.getDouble(2 * i + 1)) {
                varying.add(names.get(i));
            }
        }
        return varying;
    }

    /** Median of each feature (within 0.1 % of rank, so memory stays bounded): what a typical customer looks like. */
    public Map<String, Double> medians(List<String> of) {
        Map<String, Double> medians = new HashMap<>();
        if (of.isEmpty()) {
            return medians;
        }
        double[][] quantiles = rows.stat().approxQuantile(of.toArray(String[]::new), new double[] {0.5}, 0.001);
        for (int i = 0; i < of.size(); i++) {
            if (quantiles[i].length > 0) {
                medians.put(of.get(i), quantiles[i][0]);
            }
        }
        return medians;
    }

    /** The rows in the driver's memory, in snapshot and customer order (so training is repeatable). */
    public synchronized LabelledRows collected() {
        if (collected == null) {
            List<Column> columns = new ArrayList<>();
            names.forEach(n -> columns.add(col(n)));
            columns.add(col(LABEL));
            collected = LabelledRows.of(rows.orderBy(FeatureTableBuilder.SNAPSHOT, FeatureTableBuilder.CUSTOMER)
                    .select(columns.toArray(Column[]::new)).collectAsList(), names);
        }
        return collected;
    }

    @Override
    public void close() {
        rows.unpersist();
    }
}
