-- Where the data lives, as the sources say it:
-- * an adoption whose operator is not disclosed (NIO's European data "in European data centres"):
--   provider_id NULL, the region known;
-- * a migration from an undisclosed provider (Yoozoo left "several public clouds"): from_provider_id
--   NULL, like to_provider_id already;
-- * a relocation between regions (BIGO, Hong Kong -> Singapore): a migration has from_region_id and
--   to_region_id. Every existing migration moved within one region, so both take its region.
-- A move within one region must change the provider, and cannot be from one undisclosed provider to
-- another (nothing known would have changed): same region means distinct providers, NULL included.
ALTER TABLE adoption ALTER COLUMN provider_id DROP NOT NULL;

ALTER TABLE cloud_migration ALTER COLUMN from_provider_id DROP NOT NULL;
ALTER TABLE cloud_migration RENAME COLUMN region_id TO from_region_id;
ALTER TABLE cloud_migration ADD COLUMN to_region_id BIGINT;
UPDATE cloud_migration SET to_region_id = from_region_id;
ALTER TABLE cloud_migration ALTER COLUMN to_region_id SET NOT NULL;
ALTER TABLE cloud_migration ADD CONSTRAINT fk_migration_to_region FOREIGN KEY (to_region_id) REFERENCES region (id);
ALTER TABLE cloud_migration DROP CONSTRAINT ck_migration_providers;
ALTER TABLE cloud_migration ADD CONSTRAINT ck_migration_providers
    CHECK (from_region_id <> to_region_id OR from_provider_id IS DISTINCT FROM to_provider_id);
CREATE INDEX ix_migration_to_region ON cloud_migration (to_region_id);

-- History keeps the same shape as the tables.
ALTER TABLE cloud_migration_aud RENAME COLUMN region_id TO from_region_id;
ALTER TABLE cloud_migration_aud ADD COLUMN to_region_id BIGINT;
UPDATE cloud_migration_aud SET to_region_id = from_region_id;
