-- The HTML report of the training run that produced a model (served at /api/v1/models/{target}/{version}/report)
-- and the distributions of its features and scores on the training snapshot, which drift checks compare with.
ALTER TABLE models ADD COLUMN report_html TEXT;
ALTER TABLE models ADD COLUMN reference_distribution JSONB;

-- One drift check per model and scoring run: population stability index of the score and of each feature
-- between the model's training snapshot and the customers scored as of that date.
CREATE TABLE drift_checks (
    model_id     BIGINT NOT NULL REFERENCES models (model_id),
    as_of        DATE NOT NULL,
    score_psi    DOUBLE PRECISION NOT NULL,
    feature_psi  JSONB NOT NULL,
    drifted      BOOLEAN NOT NULL,
    checked_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (model_id, as_of)
);
