-- Webhook subscriptions, the transactional outbox of events to deliver, and the log of every delivery attempt.
CREATE TABLE webhook_subscriptions (
    subscription_id  BIGSERIAL PRIMARY KEY,
    url              TEXT NOT NULL,
    secret           TEXT NOT NULL,
    active           BOOLEAN NOT NULL DEFAULT true,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Written in the same transaction as the event it carries (a churn alert), so no event is lost or sent without
-- having happened. Delivered at least once; receivers deduplicate on the delivery id.
CREATE TABLE webhook_outbox (
    delivery_id      BIGSERIAL PRIMARY KEY,
    subscription_id  BIGINT NOT NULL REFERENCES webhook_subscriptions (subscription_id),
    event_type       TEXT NOT NULL,
    event_key        TEXT NOT NULL,
    payload          JSONB NOT NULL,
    status           TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts         INT NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error       TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    delivered_at     TIMESTAMPTZ,
    CONSTRAINT webhook_outbox_once UNIQUE (subscription_id, event_type, event_key)
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE status = 'pending';

CREATE TABLE webhook_attempts (
    attempt_id    BIGSERIAL PRIMARY KEY,
    delivery_id   BIGINT NOT NULL REFERENCES webhook_outbox (delivery_id),
    attempt       INT NOT NULL,
    attempted_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    status_code   INT,
    error         TEXT,
    duration_ms   BIGINT NOT NULL
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, attempt);
