package dev.foresight.scoring.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: POSTs each due event as JSON, signed, and records the attempt. A 2xx marks it delivered;
 * anything else is retried with exponential backoff and dead-lettered after {@code max-attempts}. Because the
 * outbox is in PostgreSQL, a restart or a crash loses nothing: what was not confirmed is sent again (at least once).
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookRepository webhooks;
    private final WebhookProperties properties;
    private final HttpClient http;

    WebhookDispatcher(WebhookRepository webhooks, WebhookProperties properties) {
        this.webhooks = webhooks;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Scheduled(fixedDelayString = "${foresight.webhooks.poll-interval:1s}")
    void deliverDue() {
        for (WebhookRepository.Due due : webhooks.claim(properties.batchSize(), properties.timeout().multipliedBy(4))) {
            deliver(due);
        }
    }

    private void deliver(WebhookRepository.Due due) {
        long timestamp = Instant.now().getEpochSecond();
        long started = System.nanoTime();
        Integer status = null;
        String error;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(due.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("Foresight-Event", due.eventType())
                    .header("Foresight-Delivery", Long.toString(due.deliveryId()))
                    .header("Foresight-Timestamp", Long.toString(timestamp))
                    .header("Foresight-Signature", WebhookSignature.sign(due.secret(), timestamp, due.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload())).build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 == 2) {
                webhooks.recordSuccess(due, status, elapsedMillis(started));
                return;
            }
            error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        int failures = due.attempts() + 1;
        boolean dead = failures >= properties.maxAttempts();
        Duration retryIn = properties.backoff(failures);
        webhooks.recordFailure(due, status, error, elapsedMillis(started), dead, retryIn);
        if (dead) {
            log.warn("Webhook delivery {} to {} dead-lettered after {} attempts: {}", due.deliveryId(), due.url(), failures, error);
        } else {
            log.info("Webhook delivery {} to {} failed ({}); retry {} in {}", due.deliveryId(), due.url(), error, failures + 1, retryIn);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
