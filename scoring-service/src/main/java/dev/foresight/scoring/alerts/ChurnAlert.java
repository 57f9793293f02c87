package dev.foresight.scoring.alerts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A churn alert for retention teams: the new and previous risk, why, which model, and who acknowledged it. */
public record ChurnAlert(long alertId, String customerId, double probability, String band, String previousBand,
                         Double previousProbability, Map<String, Object> reasons, long modelId, int modelVersion,
                         LocalDate asOf, OffsetDateTime createdAt, String acknowledgedBy,
                         OffsetDateTime acknowledgedAt) {
}
