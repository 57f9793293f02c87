package dev.foresight.benchmarks;

import dev.foresight.features.FeatureCatalog;
import dev.foresight.features.FeatureSettings;
import dev.foresight.features.LabelPolicy;
import dev.foresight.features.SnapshotPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The feature build's aggregation written for DuckDB, the benchmark's baseline: the same daily roll-up, the same
 * point-in-time join to every snapshot, every aggregate of {@link FeatureCatalog} (counts and amounts per type and
 * window, recency per type, activity totals, gaps between active days) and the same labels and eligibility, written
 * as Parquet partitioned by snapshot. Row-wise derived features and customer attributes are left out; they are
 * arithmetic on these columns.
 */
final class DuckDbFeatureQuery {

    private DuckDbFeatureQuery() {
    }

    static String copy(String eventsGlob, String output, FeatureSettings settings, LabelPolicy policy, List<String> types,
                       List<String> monetaryTypes, SnapshotPlan plan) {
        if (policy.spendGrowth() >= 0) {
            throw new IllegalArgumentException("the DuckDB baseline labels upsell by events only (spend-growth -1)");
        }
        String activity = in(policy.activityTypes());
        int h = policy.horizonDays();
        return """
                COPY (
                WITH daily AS (
                  SELECT customer_id, CAST(occurred_at AS DATE) AS day, type, count(*) AS n, sum(amount) AS amount,
                         sum(quantity) AS quantity
                  FROM read_parquet('%s') GROUP BY customer_id, CAST(occurred_at AS DATE), type),
                snapshots AS (SELECT unnest([%s]) AS snapshot_date),
                past AS (
                  SELECT d.*, s.snapshot_date, date_diff('day', d.day, s.snapshot_date) AS age
                  FROM daily d JOIN snapshots s ON d.day <= s.snapshot_date),
                aggregated AS (
                  SELECT snapshot_date, customer_id, min(day) AS first_day, %s
                  FROM past GROUP BY snapshot_date, customer_id),
                gaps AS (
                  SELECT snapshot_date, customer_id, avg(gap) AS gap_mean, stddev_samp(gap) AS gap_std,
                         count(*) AS gap_active_days
                  FROM (SELECT snapshot_date, customer_id,
                               day - lag(day) OVER (PARTITION BY snapshot_date, customer_id ORDER BY day) AS gap
                        FROM (SELECT DISTINCT snapshot_date, customer_id, day FROM past WHERE type IN (%s)))
                  GROUP BY snapshot_date, customer_id),
                labels AS (
                  SELECT s.snapshot_date, d.customer_id,
                         coalesce(sum(CASE WHEN d.day <= s.snapshot_date AND d.type IN (%s) THEN n END), 0) AS past_activity,
                         coalesce(sum(CASE WHEN d.day <= s.snapshot_date AND d.type IN (%s) THEN n END), 0) AS past_cancellations,
                         coalesce(sum(CASE WHEN d.day > s.snapshot_date AND d.type IN (%s) THEN n END), 0) AS future_cancellations,
                         coalesce(sum(CASE WHEN d.day > s.snapshot_date AND d.type IN (%s) THEN n END), 0) AS future_activity,
                         coalesce(sum(CASE WHEN d.day > s.snapshot_date AND d.type IN (%s) THEN n END), 0) AS future_upsell_events
                  FROM daily d JOIN snapshots s ON d.day <= s.snapshot_date + %d
                  GROUP BY s.snapshot_date, d.customer_id)
                SELECT a.*, g.gap_mean, g.gap_std, g.gap_active_days,
                       CASE WHEN a.snapshot_date < DATE '%s' THEN CAST(%s AS INTEGER) END AS label_churn,
                       CASE WHEN a.snapshot_date < DATE '%s' THEN CAST(l.future_upsell_events > 0 AS INTEGER) END AS label_upsell
                FROM aggregated a
                JOIN labels l USING (snapshot_date, customer_id)
                LEFT JOIN gaps g USING (snapshot_date, customer_id)
                WHERE %s
                ) TO '%s' (FORMAT parquet, PARTITION_BY (snapshot_date), OVERWRITE_OR_IGNORE)
                """.formatted(eventsGlob, dates(plan.all()), aggregates(settings, policy, types, monetaryTypes),
                activity, activity, in(policy.cancellationTypes()), in(policy.cancellationTypes()), activity,
                in(policy.upsellTypes()), h, plan.serving(),
                policy.churnMode() == LabelPolicy.ChurnMode.INACTIVITY ? "l.future_activity = 0" : "l.future_cancellations > 0",
                plan.serving(),
                policy.churnMode() == LabelPolicy.ChurnMode.INACTIVITY ? "l.past_activity > 0"
                        : "l.past_activity > 0 AND l.past_cancellations = 0",
                output);
    }

    /** The aggregate phase of the catalog, column for column. */
    private static String aggregates(FeatureSettings settings, LabelPolicy policy, List<String> types,
                                     List<String> monetaryTypes) {
        int cap = settings.recencyCapDays();
        String activity = "type IN (" + in(policy.activityTypes()) + ")";
        List<String> columns = new ArrayList<>();
        for (String type : types.stream().sorted().toList()) {
            String t = FeatureCatalog.columnSafe(type);
            String isType = "type = '" + type + "'";
            for (int w : settings.windowsDays()) {
                columns.add(count(isType + " AND age < " + w) + " AS count_" + t + "_" + w + "d");
                if (monetaryTypes.contains(type)) {
                    columns.add(amount(isType + " AND age < " + w) + " AS amount_" + t + "_" + w + "d");
                }
            }
            columns.add(recency(isType, cap) + " AS days_since_" + t);
        }
        for (int w : settings.windowsDays()) {
            columns.add(count(activity + " AND age < " + w) + " AS count_activity_" + w + "d");
            columns.add(amount("age < " + w) + " AS amount_" + w + "d");
        }
        columns.add(count(activity + " AND age >= 30 AND age < 60") + " AS count_activity_prev_30d");
        columns.add(amount("age >= 90 AND age < 180") + " AS amount_prev_90d");
        columns.add(count(activity) + " AS count_activity_total");
        columns.add(amount("true") + " AS amount_total");
        columns.add("CAST(coalesce(sum(CASE WHEN " + activity + " THEN quantity END), 0) AS DOUBLE) AS quantity_total");
        columns.add(recency(activity, cap) + " AS days_since_activity");
        columns.add("CAST(least(" + cap * 4 + ", coalesce(max(CASE WHEN " + activity + " THEN age END) + 1, 0)) AS DOUBLE)"
                + " AS days_since_first_activity");
        return String.join(",\n  ", columns);
    }

    private static String count(String condition) {
        return "CAST(coalesce(sum(CASE WHEN " + condition + " THEN n END), 0) AS DOUBLE)";
    }

    private static String amount(String condition) {
        return "CAST(coalesce(sum(CASE WHEN " + condition + " THEN amount END), 0) AS DOUBLE)";
    }

    private static String recency(String condition, int cap) {
        return "CAST(least(" + cap + ", coalesce(min(CASE WHEN " + condition + " THEN age END) + 1, " + cap + ")) AS DOUBLE)";
    }

    private static String in(List<String> values) {
        return values.isEmpty() ? "NULL" : values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().map(d -> "DATE '" + d + "'").collect(Collectors.joining(", "));
    }
}
