-- Lists page through 100,000s of rows in their default order (name or slug, then id; migrations
-- newest first): indexes in that order let the page's ids be found by walking the index to the
-- offset, so page 2,000 costs about what page 1 does.
CREATE INDEX ix_company_name ON company (name, id);
CREATE INDEX ix_company_slug_id ON company (slug, id);
DROP INDEX ix_migration_announced;
CREATE INDEX ix_migration_announced ON cloud_migration (announced_on, id);
