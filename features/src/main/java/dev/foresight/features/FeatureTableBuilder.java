package dev.foresight.features;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.foresight.features.LabelPolicy.ChurnMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Computes the feature and label table for a list of snapshot dates from a daily interaction roll-up
 * ({@code customer_id, day, type, n, amount, quantity}). Features only ever join days on or before the snapshot
 * date; labels only look at the horizon after it. One row per (snapshot_date, customer_id).
 */
public final class FeatureTableBuilder {

    public static final String SNAPSHOT = "snapshot_date";
    public static final String CUSTOMER = "customer_id";
    public static final String LABEL_CHURN = "label_churn";
    public static final String LABEL_UPSELL = "label_upsell";
    public static final String ELIGIBLE = "eligible";

    private final FeatureCatalog catalog;
    private final LabelPolicy policy;

    public FeatureTableBuilder(FeatureCatalog catalog, LabelPolicy policy) {
        this.catalog = catalog;
        this.policy = policy;
    }

    /**
     * The feature table of a run: features and labels of every eligible customer at each snapshot of the plan, the
     * serving snapshot's labels left empty (its horizon is not observed yet).
     */
    public Dataset<Row> table(Dataset<Row> daily, Dataset<Row> customers, SnapshotPlan plan) {
        return table(daily, customers, plan.all(), plan.serving());
    }

    /** The serving snapshot alone, for rescoring with the published models: eligible customers, no labels. */
    public Dataset<Row> servingTable(Dataset<Row> daily, Dataset<Row> customers, LocalDate serving) {
        return table(daily, customers, List.of(serving), serving);
    }

    private Dataset<Row> table(Dataset<Row> daily, Dataset<Row> customers, List<LocalDate> snapshots, LocalDate serving) {
        Column servingRow = col(SNAPSHOT).equalTo(lit(Date.valueOf(serving)));
        return features(daily, customers, snapshots)
                .join(labels(daily, snapshots), new String[] {SNAPSHOT, CUSTOMER})
                .filter(col(ELIGIBLE))
                .withColumn(LABEL_CHURN, when(servingRow, lit(null)).otherwise(col(LABEL_CHURN)))
                .withColumn(LABEL_UPSELL, when(servingRow, lit(null)).otherwise(col(LABEL_UPSELL)));
    }

    /** Features of every customer with at least one interaction on or before each snapshot date. */
    public Dataset<Row> features(Dataset<Row> daily, Dataset<Row> customers, List<LocalDate> snapshots) {
        Dataset<Row> past = daily.join(broadcast(snapshotFrame(daily.sparkSession(), snapshots)),
                        col("day").leq(col(SNAPSHOT)))
                .withColumn("age", datediff(col(SNAPSHOT), col("day")));
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(min(col("day")).alias("first_day"));
        catalog.of(FeatureDefinition.Phase.AGGREGATE).forEach(d -> aggregates.add(d.expression()));
        Dataset<Row> aggregated = past.groupBy(col(SNAPSHOT), col(CUSTOMER))
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));

        Dataset<Row> withContext = aggregated
                .join(activityGaps(past), new String[] {SNAPSHOT, CUSTOMER}, "left")
                .join(customers, new String[] {CUSTOMER}, "left");
        List<Column> columns = new ArrayList<>(List.of(col(SNAPSHOT), col(CUSTOMER)));
        for (FeatureDefinition definition : catalog.definitions()) {
            columns.add(definition.phase() == FeatureDefinition.Phase.DERIVED
                    ? definition.expression().alias(definition.name())
                    : col(definition.name()));
        }
        return withContext.select(columns.toArray(Column[]::new));
    }

    /**
     * Labels for the given snapshots (whose horizon must already be observed): eligibility, churn and upsell.
     */
    public Dataset<Row> labels(Dataset<Row> daily, List<LocalDate> snapshots) {
        int h = policy.horizonDays();
        Column future = col("day").gt(col(SNAPSHOT));
        Column past = col("day").leq(col(SNAPSHOT));
        Column activity = col("type").isin(policy.activityTypes().toArray());
        Column cancellation = col("type").isin(policy.cancellationTypes().toArray());
        Column upsellEvent = col("type").isin(policy.upsellTypes().toArray());
        Dataset<Row> counts = daily.join(broadcast(snapshotFrame(daily.sparkSession(), snapshots)),
                        col("day").leq(date_add(col(SNAPSHOT), h)))
                .groupBy(col(SNAPSHOT), col(CUSTOMER))
                .agg(total(past.and(activity), col("n")).alias("past_activity"),
                        total(past.and(cancellation), col("n")).alias("past_cancellations"),
                        total(future.and(activity), col("n")).alias("future_activity"),
                        total(future.and(cancellation), col("n")).alias("future_cancellations"),
                        total(future.and(upsellEvent), col("n")).alias("future_upsell_events"),
                        total(future, col("amount")).alias("future_spend"),
                        total(past.and(col("day").gt(date_add(col(SNAPSHOT), -h))), col("amount")).alias("recent_spend"));

        Column eligible = policy.churnMode() == ChurnMode.INACTIVITY
                ? col("past_activity").gt(0)
                : col("past_activity").gt(0).and(col("past_cancellations").equalTo(0));
        Column churn = policy.churnMode() == ChurnMode.INACTIVITY
                ? col("future_activity").equalTo(0)
                : col("future_cancellations").gt(0);
        Column upsell = col("future_upsell_events").gt(0);
        if (policy.spendGrowth() >= 0) {
            upsell = upsell.or(col("future_spend").gt(0)
                    .and(col("future_spend").gt(col("recent_spend").multiply(1 + policy.spendGrowth()))));
        }
        return counts.select(col(SNAPSHOT), col(CUSTOMER), eligible.alias(ELIGIBLE),
                churn.cast("int").alias(LABEL_CHURN), upsell.cast("int").alias(LABEL_UPSELL));
    }

    /** Average and spread of the gaps between consecutive active days, as of each snapshot. */
    private Dataset<Row> activityGaps(Dataset<Row> past) {
        WindowSpec byDay = Window.partitionBy(SNAPSHOT, CUSTOMER).orderBy("day");
        return past.filter(col("type").isin(policy.activityTypes().toArray()))
                .select(col(SNAPSHOT), col(CUSTOMER), col("day")).distinct()
                .withColumn("gap", datediff(col("day"), lag(col("day"), 1).over(byDay)))
                .groupBy(col(SNAPSHOT), col(CUSTOMER))
                .agg(avg("gap").alias("gap_mean"), stddev_samp("gap").alias("gap_std"),
                        count(lit(1)).alias("gap_active_days"));
    }

    private static Column total(Column condition, Column value) {
        return coalesce(sum(when(condition, value)), lit(0));
    }

    static Dataset<Row> snapshotFrame(SparkSession spark, List<LocalDate> snapshots) {
        return spark.createDataset(snapshots.stream().map(Date::valueOf).toList(), Encoders.DATE()).toDF(SNAPSHOT);
    }

    /** Interaction types present in the roll-up, and those that carry money. */
    public static TypeSummary summarizeTypes(Dataset<Row> daily) {
        List<Row> rows = daily.groupBy("type").agg(sum(abs(col("amount"))).alias("money")).collectAsList();
        List<String> types = rows.stream().map(r -> r.getString(0)).sorted().toList();
        List<String> monetary = rows.stream().filter(r -> !r.isNullAt(1) && r.getDouble(1) > 0)
                .map(r -> r.getString(0)).sorted().toList();
        return new TypeSummary(types, monetary);
    }

    public record TypeSummary(List<String> types, List<String> monetaryTypes) {
    }
}
