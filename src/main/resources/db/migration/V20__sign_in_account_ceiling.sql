-- A ceiling per account across every address (user/SignInThrottle; OWASP ASVS 4.0.3 2.2.1: no more
-- than 100 failed attempts an hour on one account): many addresses guessing one account's password
-- get app.sign-in.account-max-per-hour password checks an hour between them. The addresses the owner
-- signed in from lately (known_until) are not held by it, so a distributed guesser cannot lock the
-- owner out of the devices they use.
ALTER TABLE sign_in_throttle ADD COLUMN known_until TIMESTAMP WITH TIME ZONE;

CREATE TABLE sign_in_account (
    username     VARCHAR(100) NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    checks       INTEGER      NOT NULL,
    CONSTRAINT pk_sign_in_account PRIMARY KEY (username),
    CONSTRAINT ck_sign_in_account_checks CHECK (checks >= 0)
);
