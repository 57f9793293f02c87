package dev.foresight.scoring.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Subscribe {@code url} to churn alerts; without a secret, one is generated and returned once. */
public record SubscriptionRequest(@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://.+", message = "must be an http(s) URL")
                                  String url,
                                  @Size(min = 16, max = 200) String secret) {
}
