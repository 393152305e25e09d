-- People who log in. Each belongs to one participant and has exactly one role.
CREATE TABLE user_account (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL UNIQUE CHECK (username = lower(username)),
    display_name     VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(512) NOT NULL,
    role             VARCHAR(32)  NOT NULL CHECK (role IN ('RESIDENT', 'LARGE_USER', 'GENERATOR', 'SALES_COMPANY',
                                                           'STATION_OPERATOR', 'REGULATOR', 'PARK_ADMIN')),
    participant_id   BIGINT       NOT NULL REFERENCES participant (id),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts  INTEGER      NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     TIMESTAMPTZ,
    locale           VARCHAR(16)  NOT NULL DEFAULT 'en',
    last_login_at    TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX user_account_participant_idx ON user_account (participant_id);
