-- Synthetic data (bench and demo): generated rows are marked, so they never mix silently with real
-- facts. Rows entered through the app keep the default (false). The single synthetic_dataset row
-- says what was generated; the generator locks it, so two instances starting at once generate once.
ALTER TABLE company ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE source ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE adoption ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE cloud_migration ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE synthetic_dataset (
    id            INTEGER PRIMARY KEY,
    companies     INTEGER NOT NULL,
    seed          BIGINT  NOT NULL,
    generated_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_synthetic_dataset_single CHECK (id = 1),
    CONSTRAINT ck_synthetic_dataset_companies CHECK (companies >= 0)
);
INSERT INTO synthetic_dataset (id, companies, seed) VALUES (1, 0, 0);
