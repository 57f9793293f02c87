-- Median of each feature over a model's training rows: the "typical" value its reasons compare against.
ALTER TABLE models ADD COLUMN typical_values JSONB NOT NULL DEFAULT '{}'::jsonb;
