package dev.foresight.scoring.webhooks;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Subscriptions, the outbox and the delivery log in PostgreSQL. */
@Repository
class WebhookRepository {

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Due(long deliveryId, String eventType, String payload, int attempts, String url, String secret) {
    }

    WebhookSubscription create(String url, String secret) {
        return jdbc.sql("INSERT INTO webhook_subscriptions (url, secret) VALUES (?, ?) RETURNING subscription_id, url, active, created_at, secret")
                .params(url, secret)
                .query((rs, i) -> new WebhookSubscription(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5))).single();
    }

    List<WebhookSubscription> list() {
        return jdbc.sql("SELECT subscription_id, url, active, created_at FROM webhook_subscriptions ORDER BY subscription_id")
                .query((rs, i) -> new WebhookSubscription(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class), null)).list();
    }

    /** Deactivates a subscription and dead-letters what it still had to deliver; false if unknown. */
    @Transactional
    boolean deactivate(long id) {
        int updated = jdbc.sql("UPDATE webhook_subscriptions SET active = false WHERE subscription_id = ?").param(id).update();
        jdbc.sql("UPDATE webhook_outbox SET status = 'dead', last_error = 'subscription removed' WHERE subscription_id = ? AND status = 'pending'")
                .param(id).update();
        return updated == 1;
    }

    /**
     * Claims due deliveries by pushing their next attempt out by a lease; several service instances can poll at
     * once (SKIP LOCKED) and a crashed one's claims come due again when the lease ends.
     */
    List<Due> claim(int limit, Duration lease) {
        return jdbc.sql("""
                        UPDATE webhook_outbox o SET next_attempt_at = now() + make_interval(secs => :lease)
                        FROM webhook_subscriptions s
                        WHERE s.subscription_id = o.subscription_id AND s.active AND o.delivery_id IN (
                            SELECT delivery_id FROM webhook_outbox WHERE status = 'pending' AND next_attempt_at <= now()
                            ORDER BY next_attempt_at, delivery_id LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING o.delivery_id, o.event_type, o.payload::text, o.attempts, s.url, s.secret""")
                .param("lease", (double) lease.toSeconds()).param("limit", limit)
                .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    @Transactional
    void recordSuccess(Due due, int statusCode, long durationMs) {
        log(due, statusCode, null, durationMs);
        jdbc.sql("UPDATE webhook_outbox SET status = 'delivered', attempts = attempts + 1, delivered_at = now(), last_error = NULL WHERE delivery_id = ?")
                .param(due.deliveryId()).update();
    }

    @Transactional
    void recordFailure(Due due, Integer statusCode, String error, long durationMs, boolean dead, Duration retryIn) {
        log(due, statusCode, error, durationMs);
        jdbc.sql("""
                        UPDATE webhook_outbox SET attempts = attempts + 1, last_error = :error, status = :status,
                            next_attempt_at = now() + make_interval(secs => :retry) WHERE delivery_id = :id""")
                .param("error", error).param("status", dead ? "dead" : "pending")
                .param("retry", retryIn.toMillis() / 1000.0).param("id", due.deliveryId()).update();
    }

    List<DeliveryAttempt> attempts(long subscriptionId, int limit) {
        return jdbc.sql("""
                        SELECT o.delivery_id, o.event_type, o.event_key, o.status, a.attempt, a.attempted_at,
                               a.status_code, a.error, a.duration_ms
                        FROM webhook_attempts a JOIN webhook_outbox o ON o.delivery_id = a.delivery_id
                        WHERE o.subscription_id = ? ORDER BY a.attempt_id DESC LIMIT ?""")
                .params(subscriptionId, limit)
                .query((rs, i) -> new DeliveryAttempt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, Integer.class),
                        rs.getString(8), rs.getLong(9))).list();
    }

    private void log(Due due, Integer statusCode, String error, long durationMs) {
        jdbc.sql("INSERT INTO webhook_attempts (delivery_id, attempt, status_code, error, duration_ms) VALUES (?, ?, ?, ?, ?)")
                .params(due.deliveryId(), due.attempts() + 1, statusCode, error, durationMs).update();
    }
}
