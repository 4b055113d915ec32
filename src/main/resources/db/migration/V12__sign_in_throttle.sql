-- Sign-in attempts are throttled per account *and* client address (see user/SignInThrottle): a
-- stranger guessing from elsewhere slows only their own attempts, never the owner's. The per-account
-- lock of V4, which anyone could turn against any account, goes.
CREATE TABLE sign_in_throttle (
    username      VARCHAR(100) NOT NULL,
    client        VARCHAR(64)  NOT NULL,
    attempts      INTEGER      NOT NULL,
    blocks        INTEGER      NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (username, client),
    CONSTRAINT ck_sign_in_throttle_counts CHECK (attempts >= 0 AND blocks >= 0)
);
CREATE INDEX ix_sign_in_throttle_updated ON sign_in_throttle (updated_at);

-- A generated first-admin password must be replaced at the first sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE app_user DROP CONSTRAINT ck_app_user_failed_logins;
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
