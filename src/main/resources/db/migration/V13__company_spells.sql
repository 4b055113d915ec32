-- What the statistics read instead of the adoptions (stats/Spells). A company's spells are the spans
-- of time in which what it holds stays the same; a company has at most one spell on any date, so the
-- spells covering a date, grouped by what they hold, count companies distinct in one pass without
-- grouping by company. company_spell holds, per span: the origins used (a bit mask: 1 US, 2 CN,
-- 4 other, 8 not disclosed), the disclosed providers (their ids, sorted, comma-separated), how many
-- of the active adoptions lack a source, and per region the origins used there ("regionId:mask",
-- sorted, semicolon-separated). origin_spell holds the company's spells split only where its origins
-- change (the timeline reads it). region_spell holds the same per company and region, for statistics
-- narrowed to one region.
-- The rows are derived: kept in step by every write of adoptions, companies and provider countries
-- (in the writing transaction), rebuilt whole after bulk loads and after Flyway applies a migration
-- (which may ship facts). valid_from NULL: since ever; valid_to NULL: still (an exclusive end);
-- from_year and to_year are their years, 0 and 10000 for the open ends, for the timeline's sweep.
CREATE TABLE company_spell (
    company_id BIGINT        NOT NULL,
    sector     VARCHAR(32)   NOT NULL,
    valid_from DATE,
    valid_to   DATE,
    from_year  INTEGER       NOT NULL,
    to_year    INTEGER       NOT NULL,
    origins    INTEGER       NOT NULL,
    providers  VARCHAR(4000) NOT NULL,
    unsourced  INTEGER       NOT NULL,
    regions    VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_company_spell_company FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE,
    CONSTRAINT ck_company_spell_dates CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to)
);
CREATE INDEX ix_company_spell_company ON company_spell (company_id);

-- The company spells as the timeline needs them: split only where the origins used change.
CREATE TABLE origin_spell (
    company_id BIGINT      NOT NULL,
    sector     VARCHAR(32) NOT NULL,
    valid_from DATE,
    valid_to   DATE,
    from_year  INTEGER     NOT NULL,
    to_year    INTEGER     NOT NULL,
    origins    INTEGER     NOT NULL,
    CONSTRAINT fk_origin_spell_company FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE,
    CONSTRAINT ck_origin_spell_dates CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to)
);
CREATE INDEX ix_origin_spell_company ON origin_spell (company_id);

CREATE TABLE region_spell (
    company_id BIGINT        NOT NULL,
    region_id  BIGINT        NOT NULL,
    sector     VARCHAR(32)   NOT NULL,
    valid_from DATE,
    valid_to   DATE,
    from_year  INTEGER       NOT NULL,
    to_year    INTEGER       NOT NULL,
    origins    INTEGER       NOT NULL,
    providers  VARCHAR(4000) NOT NULL,
    unsourced  INTEGER       NOT NULL,
    CONSTRAINT fk_region_spell_company FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE,
    CONSTRAINT fk_region_spell_region FOREIGN KEY (region_id) REFERENCES region (id) ON DELETE CASCADE,
    CONSTRAINT ck_region_spell_dates CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to)
);
CREATE INDEX ix_region_spell_company ON region_spell (company_id);
CREATE INDEX ix_region_spell_region ON region_spell (region_id);
