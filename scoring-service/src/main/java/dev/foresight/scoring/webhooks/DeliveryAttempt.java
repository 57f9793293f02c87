package dev.foresight.scoring.webhooks;

import java.time.OffsetDateTime;

/** One entry of the delivery log. */
public record DeliveryAttempt(long deliveryId, String eventType, String eventKey, String status, int attempt,
                              OffsetDateTime attemptedAt, Integer statusCode, String error, long durationMs) {
}
