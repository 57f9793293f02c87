package dev.foresight.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class FeatureTableBuilderTest {

    private static final LocalDate D = LocalDate.of(2024, 6, 30);
    private static final StructType DAILY = new StructType()
            .add("customer_id", DataTypes.StringType).add("day", DataTypes.DateType).add("type", DataTypes.StringType)
            .add("n", DataTypes.LongType).add("amount", DataTypes.DoubleType).add("quantity", DataTypes.DoubleType);
    private static final StructType CUSTOMERS = new StructType()
            .add("customer_id", DataTypes.StringType).add("signup_date", DataTypes.DateType)
            .add("attributes", DataTypes.StringType);

    private static final SparkSession spark = TestSpark.session();

    private final LabelPolicy inactivity = new LabelPolicy(30, LabelPolicy.ChurnMode.INACTIVITY, List.of("purchase"),
            List.of("cancellation"), List.of("upgrade"), 0.5);
    private final FeatureCatalog catalog = new FeatureCatalog(new FeatureSettings(List.of(7, 30, 90), List.of("seats"), 730),
            inactivity, List.of("purchase", "login", "upgrade", "cancellation"), List.of("purchase"));

    @Test
    void eventsAtOrAfterTheSnapshotChangeNoFeature() {
        List<Row> past = new ArrayList<>(List.of(
                event("a", D.minusDays(100), "purchase", 40.0),
                event("a", D.minusDays(20), "purchase", 10.0),
                event("a", D, "login", null),
                event("b", D.minusDays(3), "purchase", 5.0)));
        Map<String, Row> before = featuresAt(past);

        List<Row> withFuture = new ArrayList<>(past);
        withFuture.add(event("a", D.plusDays(1), "purchase", 999.0));
        withFuture.add(event("b", D.plusDays(10), "upgrade", null));
        withFuture.add(event("c", D.plusDays(2), "purchase", 1.0)); // a customer who only appears later
        Map<String, Row> after = featuresAt(withFuture);

        assertThat(after.keySet()).containsExactlyInAnyOrder("a", "b");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void countsSumsRecencyAndTenureFollowTheirWindows() {
        Row a = featuresAt(List.of(
                event("a", D.minusDays(100), "purchase", 40.0),
                event("a", D.minusDays(20), "purchase", 10.0),
                event("a", D.minusDays(6), "purchase", 5.0),
                event("a", D, "login", null))).get("a");
        assertThat(value(a, "count_purchase_7d")).isEqualTo(1);
        assertThat(value(a, "count_purchase_30d")).isEqualTo(2);
        assertThat(value(a, "count_purchase_90d")).isEqualTo(2);
        assertThat(value(a, "amount_purchase_90d")).isEqualTo(15);
        assertThat(value(a, "amount_total")).isEqualTo(55);
        assertThat(value(a, "days_since_purchase")).isEqualTo(7);
        assertThat(value(a, "days_since_login")).isEqualTo(1);
        assertThat(value(a, "days_since_upgrade")).isEqualTo(730); // never seen: the cap
        assertThat(value(a, "gap_mean_days")).isEqualTo(47); // purchase days -100, -20, -6
        assertThat(value(a, "tenure_days")).isEqualTo(366); // signup a year before D
        assertThat(value(a, "attr_seats")).isEqualTo(3);
    }

    @Test
    void churnLabelLooksOnlyAtTheHorizonAfterTheSnapshot() {
        Map<String, Row> labels = labelsAt(List.of(
                event("stays", D.minusDays(5), "purchase", 1.0), event("stays", D.plusDays(30), "purchase", 1.0),
                event("leaves", D.minusDays(5), "purchase", 1.0), event("leaves", D.plusDays(31), "purchase", 1.0),
                event("today", D, "purchase", 1.0),
                event("newcomer", D.plusDays(3), "purchase", 1.0)), inactivity);
        assertThat(labels.get("stays").getInt(3)).isZero();   // a purchase on the last day of (D, D+30]
        assertThat(labels.get("leaves").getInt(3)).isOne();   // the next purchase is one day too late
        assertThat(labels.get("today").getInt(3)).isOne();    // day D itself is history, not future
        assertThat(labels.get("newcomer").getBoolean(2)).isFalse(); // not active before D: not eligible
    }

    @Test
    void cancellationModeChurnsOnACancellationAndExcludesThoseAlreadyGone() {
        var subscription = new LabelPolicy(30, LabelPolicy.ChurnMode.CANCELLATION, List.of("login"),
                List.of("cancellation"), List.of("upgrade"), -1);
        Map<String, Row> labels = labelsAt(List.of(
                event("quits", D.minusDays(5), "login", null), event("quits", D.plusDays(10), "cancellation", null),
                event("quiet", D.minusDays(5), "login", null),
                event("gone", D.minusDays(50), "login", null), event("gone", D.minusDays(40), "cancellation", null),
                event("grows", D.minusDays(5), "login", null), event("grows", D.plusDays(2), "upgrade", null)),
                subscription);
        assertThat(labels.get("quits").getInt(3)).isOne();
        assertThat(labels.get("quiet").getInt(3)).isZero(); // silent but not cancelled
        assertThat(labels.get("gone").getBoolean(2)).isFalse();
        assertThat(labels.get("grows").getInt(4)).isOne();
        assertThat(labels.get("quiet").getInt(4)).isZero();
    }

    @Test
    void spendGrowthAboveTheThresholdIsAnUpsell() {
        Map<String, Row> labels = labelsAt(List.of(
                event("more", D.minusDays(10), "purchase", 100.0), event("more", D.plusDays(10), "purchase", 151.0),
                event("same", D.minusDays(10), "purchase", 100.0), event("same", D.plusDays(10), "purchase", 149.0)),
                inactivity);
        assertThat(labels.get("more").getInt(4)).isOne();
        assertThat(labels.get("same").getInt(4)).isZero();
    }

    @Test
    void theWideRowsAfterTheSnapshotJoinAreNeverShuffled() {
        var interactions = new StructType().add("customer_id", DataTypes.StringType)
                .add("occurred_at", DataTypes.TimestampType).add("type", DataTypes.StringType)
                .add("amount", DataTypes.DoubleType).add("quantity", DataTypes.DoubleType);
        Dataset<Row> events = spark.createDataFrame(List.of(
                RowFactory.create("a", java.sql.Timestamp.valueOf(D.minusDays(3).atStartOfDay()), "purchase", 5.0, 1.0)),
                interactions);
        Dataset<Row> customers = spark.createDataFrame(List.of(), CUSTOMERS);
        Dataset<Row> daily = InteractionHistory.rollUp(events);

        String plan = new FeatureTableBuilder(catalog, inactivity)
                .table(daily, customers, SnapshotPlan.of(D, 30, 2, 15)).queryExecution().executedPlan().toString();

        // Exchanges only by customer: the raw events once, and the small customers table for its join
        assertThat(plan).contains("hashpartitioning(customer_id").doesNotContain("hashpartitioning(snapshot_date");
    }

    private Map<String, Row> featuresAt(List<Row> events) {
        Dataset<Row> customers = spark.createDataFrame(List.of(
                RowFactory.create("a", Date.valueOf(D.minusDays(365)), "{\"seats\": 3}"),
                RowFactory.create("b", null, "{}")), CUSTOMERS);
        return new FeatureTableBuilder(catalog, inactivity)
                .features(spark.createDataFrame(events, DAILY), customers, List.of(D))
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(1), r -> r));
    }

    private Map<String, Row> labelsAt(List<Row> events, LabelPolicy policy) {
        return new FeatureTableBuilder(catalog, policy).labels(spark.createDataFrame(events, DAILY), List.of(D))
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(1), r -> r));
    }

    private static double value(Row row, String feature) {
        return row.getDouble(row.fieldIndex(feature));
    }

    private static Row event(String customer, LocalDate day, String type, Double amount) {
        return RowFactory.create(customer, Date.valueOf(day), type, 1L, amount, null);
    }
}
