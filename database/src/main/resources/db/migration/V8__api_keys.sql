-- API keys of the scoring service. Only a SHA-256 of each key is stored; the key itself is shown once.
CREATE TABLE api_keys (
    key_id      BIGSERIAL PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('sales', 'retention', 'data-scientist', 'admin')),
    key_hash    TEXT NOT NULL UNIQUE,
    key_prefix  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);
