package dev.foresight.scoring.webhooks;

import dev.foresight.scoring.problems.ApiException;
import dev.foresight.scoring.problems.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions for churn alerts, and their delivery log. */
@RestController
@RequestMapping("/api/v1/webhooks")
@Validated
class WebhookController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;

    WebhookController(WebhookRepository webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "Subscribe a URL to churn alerts; the signing secret is returned only in this response")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WebhookSubscription subscribe(@Valid @RequestBody SubscriptionRequest request) {
        String secret = request.secret() != null ? request.secret() : newSecret();
        return webhooks.create(request.url(), secret);
    }

    @Operation(summary = "The subscriptions (without secrets)")
    @GetMapping
    List<WebhookSubscription> subscriptions() {
        return webhooks.list();
    }

    @Operation(summary = "Stop a subscription; its undelivered events are dead-lettered")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(@PathVariable long id) {
        if (!webhooks.deactivate(id)) {
            throw new ApiException(ErrorCode.SUBSCRIPTION_NOT_FOUND, "No webhook subscription " + id + ".", Map.of("id", id));
        }
    }

    @Operation(summary = "The latest delivery attempts of a subscription, newest first")
    @GetMapping("/{id}/deliveries")
    List<DeliveryAttempt> deliveries(@PathVariable long id) {
        return webhooks.attempts(id, 200);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
