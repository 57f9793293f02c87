package dev.foresight.scoring.webhooks;

import java.time.OffsetDateTime;

/** A receiver of events. The secret is only ever returned once, when the subscription is created. */
public record WebhookSubscription(long id, String url, boolean active, OffsetDateTime createdAt, String secret) {
}
