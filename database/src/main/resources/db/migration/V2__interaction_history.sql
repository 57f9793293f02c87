-- Customers and their interaction history, as loaded from CRM exports.
CREATE TABLE customers (
    customer_id  TEXT PRIMARY KEY,
    signup_date  DATE,
    attributes   JSONB NOT NULL DEFAULT '{}'::jsonb,
    source       TEXT NOT NULL,
    loaded_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE interactions (
    interaction_id BIGSERIAL PRIMARY KEY,
    customer_id    TEXT NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    type           TEXT NOT NULL,
    channel        TEXT,
    amount         DOUBLE PRECISION,
    quantity       DOUBLE PRECISION,
    product        TEXT,
    attributes     JSONB NOT NULL DEFAULT '{}'::jsonb,
    -- where the row came from: reloading the same source never duplicates it
    source         TEXT NOT NULL,
    source_line    BIGINT NOT NULL,
    CONSTRAINT interactions_source_line_unique UNIQUE (source, source_line)
);
CREATE INDEX interactions_customer_time ON interactions (customer_id, occurred_at);
CREATE INDEX interactions_time ON interactions (occurred_at);

-- Rows that could not be loaded, with the reason; nothing is dropped silently.
CREATE TABLE load_rejects (
    source       TEXT NOT NULL,
    source_line  BIGINT NOT NULL,
    raw_record   TEXT NOT NULL,
    reason       TEXT NOT NULL,
    rejected_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source, source_line)
);
