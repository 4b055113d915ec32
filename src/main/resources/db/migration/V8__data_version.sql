-- One number that every committed write raises (shared/DataChanges). Each app instance caches
-- statistics and pages, and polls this number to drop what it cached when another instance wrote.
CREATE TABLE data_version (
    id       INTEGER PRIMARY KEY,
    version  BIGINT NOT NULL,
    CONSTRAINT ck_data_version_single CHECK (id = 1)
);
INSERT INTO data_version (id, version) VALUES (1, 0);
