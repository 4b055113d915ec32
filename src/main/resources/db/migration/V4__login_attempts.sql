-- Failed sign-ins are counted per user; after too many in a row the account is locked for a while.
ALTER TABLE app_user ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_failed_logins CHECK (failed_logins >= 0);
