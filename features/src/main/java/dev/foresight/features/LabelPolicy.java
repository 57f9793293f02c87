package dev.foresight.features;

import java.util.List;

/**
 * What counts as churn and upsell in the horizon after a snapshot date D, i.e. in days (D, D + horizon].
 *
 * @param churnMode         {@code INACTIVITY}: no activity event in the horizon (transactional businesses);
 *                          {@code CANCELLATION}: a cancellation event in the horizon (subscriptions)
 * @param activityTypes     interaction types that show a customer is active (e.g. purchase, login)
 * @param cancellationTypes interaction types that end a subscription
 * @param upsellTypes       interaction types that are an upsell by themselves (plan upgrade, new product)
 * @param spendGrowth       upsell also when spend in the horizon exceeds the previous horizon's by this share
 *                          (0.5 = 50 % more); negative disables it
 */
public record LabelPolicy(
        int horizonDays,
        ChurnMode churnMode,
        List<String> activityTypes,
        List<String> cancellationTypes,
        List<String> upsellTypes,
        double spendGrowth) {

    public enum ChurnMode { INACTIVITY, CANCELLATION }

    public LabelPolicy {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least one day, was " + horizonDays);
        }
        if (activityTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one activity type is needed to tell active customers");
        }
        if (churnMode == ChurnMode.CANCELLATION && cancellationTypes.isEmpty()) {
            throw new IllegalArgumentException("churn mode CANCELLATION needs cancellation types");
        }
        activityTypes = List.copyOf(activityTypes);
        cancellationTypes = List.copyOf(cancellationTypes);
        upsellTypes = List.copyOf(upsellTypes);
    }
}
