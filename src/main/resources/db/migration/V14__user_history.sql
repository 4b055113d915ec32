-- User and role changes are kept in the audit trail like the facts' (Hibernate Envers, see V5):
-- each version of an account as it was after every change, by whom and when. The password hash is
-- never copied here.
CREATE TABLE app_user_aud (
    id                   BIGINT   NOT NULL,
    rev                  BIGINT   NOT NULL,
    revtype              SMALLINT,
    username             VARCHAR(100),
    role                 VARCHAR(16),
    enabled              BOOLEAN,
    must_change_password BOOLEAN,
    created_at           TIMESTAMP WITH TIME ZONE,
    updated_at           TIMESTAMP WITH TIME ZONE,
    created_by           VARCHAR(100),
    updated_by           VARCHAR(100),
    version              BIGINT,
    CONSTRAINT pk_app_user_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_app_user_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
