-- Every change of a target's champion: who, when, why, from which model to which.
CREATE TABLE champion_changes (
    change_id          BIGSERIAL PRIMARY KEY,
    target             TEXT NOT NULL,
    model_id           BIGINT NOT NULL REFERENCES models (model_id),
    previous_model_id  BIGINT REFERENCES models (model_id),
    action             TEXT NOT NULL CHECK (action IN ('promote', 'rollback', 'auto-promote')),
    actor              TEXT NOT NULL,
    reason             TEXT NOT NULL,
    changed_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX champion_changes_target_time ON champion_changes (target, changed_at DESC, change_id DESC);
