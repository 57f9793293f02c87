-- Latest feature snapshot per customer, materialised from the Parquet feature table for serving.
CREATE TABLE customer_features (
    customer_id         TEXT PRIMARY KEY,
    as_of               DATE NOT NULL,
    definition_version  TEXT NOT NULL,
    features            JSONB NOT NULL,
    computed_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Model registry: every trained model with its metrics, manifest and artifact.
CREATE TABLE models (
    model_id          BIGSERIAL PRIMARY KEY,
    target            TEXT NOT NULL,
    version           INT NOT NULL,
    run_id            TEXT NOT NULL,
    algorithm         TEXT NOT NULL,
    hyper_parameters  JSONB NOT NULL,
    metrics           JSONB NOT NULL,
    feature_manifest  JSONB NOT NULL,
    calibration       JSONB NOT NULL,
    training_from     DATE NOT NULL,
    training_to       DATE NOT NULL,
    holdout_snapshot  DATE NOT NULL,
    artifact          BYTEA NOT NULL,
    artifact_sha256   TEXT NOT NULL,
    champion          BOOLEAN NOT NULL DEFAULT false,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT models_target_version_unique UNIQUE (target, version),
    CONSTRAINT models_run_target_unique UNIQUE (run_id, target)
);
CREATE UNIQUE INDEX models_one_champion_per_target ON models (target) WHERE champion;

-- Batch scores of every active customer by the champion of each target.
CREATE TABLE predictions (
    customer_id  TEXT NOT NULL,
    target       TEXT NOT NULL,
    model_id     BIGINT NOT NULL REFERENCES models (model_id),
    as_of        DATE NOT NULL,
    probability  DOUBLE PRECISION NOT NULL,
    score        INT NOT NULL,
    band         TEXT NOT NULL,
    reasons      JSONB NOT NULL,
    scored_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, target, model_id, as_of)
);
CREATE INDEX predictions_target_score ON predictions (target, as_of, probability DESC);
