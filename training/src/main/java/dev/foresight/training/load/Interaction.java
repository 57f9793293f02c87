package dev.foresight.training.load;

import java.time.Instant;
import java.util.Map;

/** One interaction ready to store, with the source position that makes reloading idempotent. */
public record Interaction(String customerId, Instant occurredAt, String type, String channel, Double amount,
                          Double quantity, String product, Map<String, String> attributes, String source,
                          long sourceLine) {
}
