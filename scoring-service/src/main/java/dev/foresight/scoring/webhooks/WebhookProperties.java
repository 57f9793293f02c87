package dev.foresight.scoring.webhooks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook delivery ({@code foresight.webhooks.*}).
 *
 * @param pollInterval   how often due deliveries are looked for
 * @param batchSize      deliveries claimed per poll
 * @param maxAttempts    attempts before a delivery is dead-lettered
 * @param initialBackoff wait after the first failure; doubles after each further failure
 * @param maxBackoff     the longest wait between attempts
 * @param timeout        connect and response timeout of one attempt
 */
@Validated
@ConfigurationProperties("foresight.webhooks")
public record WebhookProperties(
        @NotNull @DefaultValue("1s") Duration pollInterval,
        @Min(1) @Max(1000) @DefaultValue("50") int batchSize,
        @Min(1) @Max(100) @DefaultValue("8") int maxAttempts,
        @NotNull @DefaultValue("2s") Duration initialBackoff,
        @NotNull @DefaultValue("10m") Duration maxBackoff,
        @NotNull @DefaultValue("5s") Duration timeout) {

    /** Wait before the next attempt after {@code failures} failed ones. */
    Duration backoff(int failures) {
        long millis = initialBackoff.toMillis() << Math.min(20, Math.max(0, failures - 1));
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
