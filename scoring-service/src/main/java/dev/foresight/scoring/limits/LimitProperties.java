package dev.foresight.scoring.limits;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the API contract ({@code foresight.limits.*}).
 *
 * @param maxBodyBytes          largest request body; larger gets 413
 * @param maxConcurrentRequests API requests served at once per instance; more get 429 with Retry-After
 * @param retryAfterSeconds     what the Retry-After header of a 429 says
 */
@Validated
@ConfigurationProperties("foresight.limits")
public record LimitProperties(
        @Min(1_024) @DefaultValue("1048576") long maxBodyBytes,
        @Min(1) @Max(100_000) @DefaultValue("256") int maxConcurrentRequests,
        @Min(1) @Max(3_600) @DefaultValue("1") int retryAfterSeconds) {
}
