-- Models of CRM-record targets (leads, accounts) are evaluated by cross-validation on a table without dates, so
-- they have no training period or hold-out snapshot.
ALTER TABLE models ALTER COLUMN training_from DROP NOT NULL;
ALTER TABLE models ALTER COLUMN training_to DROP NOT NULL;
ALTER TABLE models ALTER COLUMN holdout_snapshot DROP NOT NULL;
