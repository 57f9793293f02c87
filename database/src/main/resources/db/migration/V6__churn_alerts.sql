-- One alert per customer whose churn risk band rose, or whose probability crossed the alert threshold, in a
-- batch scoring run; unique per (customer, model, as-of) so a restarted run raises nothing twice.
CREATE TABLE churn_alerts (
    alert_id              BIGSERIAL PRIMARY KEY,
    customer_id           TEXT NOT NULL,
    model_id              BIGINT NOT NULL REFERENCES models (model_id),
    as_of                 DATE NOT NULL,
    probability           DOUBLE PRECISION NOT NULL,
    band                  TEXT NOT NULL,
    previous_band         TEXT,
    previous_probability  DOUBLE PRECISION,
    reasons               JSONB NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    acknowledged_by       TEXT,
    acknowledged_at       TIMESTAMPTZ,
    CONSTRAINT churn_alerts_once UNIQUE (customer_id, model_id, as_of)
);
CREATE INDEX churn_alerts_created ON churn_alerts (created_at, alert_id);
