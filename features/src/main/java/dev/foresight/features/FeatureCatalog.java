package dev.foresight.features;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.FeatureManifest.FeatureColumn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;

/**
 * Every feature Foresight computes, declared in one place: counts and sums per interaction type over look-back
 * windows, recency per type, tenure, regularity of activity (gaps between active days), trends between windows and
 * numeric customer attributes. All of them only see rows with {@code age >= 0}, i.e. days on or before the snapshot.
 */
public final class FeatureCatalog {

    /** Bump when a definition changes meaning, so old models are not fed new semantics. */
    static final String DEFINITIONS_REVISION = "1";

    private final List<FeatureDefinition> definitions = new ArrayList<>();
    private final String version;

    /**
     * @param types         interaction types present in the data
     * @param monetaryTypes the subset of types that carry amounts
     */
    public FeatureCatalog(FeatureSettings settings, LabelPolicy policy, List<String> types, List<String> monetaryTypes) {
        int cap = settings.recencyCapDays();
        for (String type : types.stream().sorted().toList()) {
            String t = columnSafe(type);
            Column isType = col("type").equalTo(type);
            for (int w : settings.windowsDays()) {
                aggregate("count_" + t + "_" + w + "d", "number of " + type + " events in the last " + w + " days",
                        countWhere(isType.and(col("age").lt(w))));
                if (monetaryTypes.contains(type)) {
                    aggregate("amount_" + t + "_" + w + "d", "amount of " + type + " in the last " + w + " days",
                            amountWhere(isType.and(col("age").lt(w))));
                }
            }
            aggregate("days_since_" + t, "days since the last " + type + " (capped at " + cap + ")", recency(isType, cap));
        }
        Column activity = col("type").isin(policy.activityTypes().toArray());
        for (int w : settings.windowsDays()) {
            aggregate("count_activity_" + w + "d", "activity events in the last " + w + " days",
                    countWhere(activity.and(col("age").lt(w))));
            aggregate("amount_" + w + "d", "total spend in the last " + w + " days", amountWhere(col("age").lt(w)));
        }
        aggregate("count_activity_prev_30d", "activity events 31-60 days ago",
                countWhere(activity.and(col("age").geq(30)).and(col("age").lt(60))));
        aggregate("amount_prev_90d", "spend 91-180 days ago", amountWhere(col("age").geq(90).and(col("age").lt(180))));
        aggregate("count_activity_total", "activity events ever", countWhere(activity));
        aggregate("amount_total", "spend ever", amountWhere(lit(true)));
        aggregate("quantity_total", "items bought ever", coalesce(sum(when(activity, col("quantity"))), lit(0.0)));
        aggregate("days_since_activity", "days since the last activity (capped at " + cap + ")", recency(activity, cap));
        aggregate("days_since_first_activity", "days since the first activity", least(lit(cap * 4),
                coalesce(max(when(activity, col("age"))).plus(1), lit(0))));

        derived("trend_activity_30d", "change of activity, last 30 days against the 30 before",
                col("count_activity_30d").minus(col("count_activity_prev_30d"))
                        .divide(col("count_activity_prev_30d").plus(1)));
        derived("trend_amount_90d", "change of spend, last 90 days against the 90 before",
                col("amount_90d").minus(col("amount_prev_90d")).divide(col("amount_prev_90d").plus(1)));
        derived("avg_amount_per_activity", "average spend per activity event",
                col("amount_total").divide(greatest(col("count_activity_total"), lit(1))));
        derived("avg_quantity_per_activity", "average items per activity event",
                col("quantity_total").divide(greatest(col("count_activity_total"), lit(1))));
        derived("active_span_days", "days between the first and the last activity",
                col("days_since_first_activity").minus(col("days_since_activity")));
        derived("active_days", "distinct days with activity", coalesce(col("gap_active_days"), lit(0)));
        derived("activity_rate_30d", "activity events per 30 days since the first one",
                col("count_activity_total").multiply(30).divide(greatest(col("days_since_first_activity"), lit(30))));
        derived("active_day_rate_30d", "active days per 30 days since the first one",
                coalesce(col("gap_active_days"), lit(0)).multiply(30).divide(greatest(col("days_since_first_activity"), lit(30))));
        derived("gap_mean_days", "average days between active days (days since first activity if only one)",
                coalesce(col("gap_mean"), col("days_since_first_activity")));
        derived("gap_std_days", "spread of the days between active days", coalesce(col("gap_std"), lit(0)));
        derived("overdue_ratio", "days since last activity relative to the customer's usual gap",
                col("days_since_activity").divide(greatest(coalesce(col("gap_mean"), col("days_since_first_activity")), lit(1))));
        derived("tenure_days", "days since signup (or first interaction)",
                datediff(date_add(col("snapshot_date"), 1), coalesce(col("signup_date"), col("first_day"))));
        for (String attribute : settings.attributeFeatures()) {
            derived("attr_" + columnSafe(attribute), "customer attribute " + attribute,
                    coalesce(get_json_object(col("attributes"), "$." + attribute).cast("double"), lit(0.0)));
        }
        this.version = DEFINITIONS_REVISION + "-" + fingerprint();
    }

    public List<FeatureDefinition> definitions() {
        return List.copyOf(definitions);
    }

    public List<FeatureDefinition> of(FeatureDefinition.Phase phase) {
        return definitions.stream().filter(d -> d.phase() == phase).toList();
    }

    public FeatureManifest manifest() {
        return new FeatureManifest(version, definitions.stream()
                .map(d -> new FeatureColumn(d.name(), "double", d.description())).toList());
    }

    /** A type name usable in a column name: lower case, letters, digits and underscores. */
    public static String columnSafe(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private void aggregate(String name, String description, Column expression) {
        definitions.add(new FeatureDefinition(name, description, FeatureDefinition.Phase.AGGREGATE,
                expression.cast("double").alias(name)));
    }

    private void derived(String name, String description, Column expression) {
        definitions.add(new FeatureDefinition(name, description, FeatureDefinition.Phase.DERIVED,
                expression.cast("double")));
    }

    private static Column countWhere(Column condition) {
        return coalesce(sum(when(condition, col("n"))), lit(0));
    }

    private static Column amountWhere(Column condition) {
        return coalesce(sum(when(condition, col("amount"))), lit(0.0));
    }

    private static Column recency(Column condition, int cap) {
        return least(lit(cap), coalesce(min(when(condition, col("age"))).plus(1), lit(cap)));
    }

    private String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (FeatureDefinition d : definitions) {
                digest.update((d.name() + "=" + d.expression() + ";").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
