-- Market access: the park CA's certificates, participants' applications and certificates, revocations (CRL) and
-- refused market actions. The CA's private keys are not here: they live in a password-protected PKCS#12 file.
CREATE TABLE access_ca (
    id              INTEGER      PRIMARY KEY CHECK (id = 1),
    profile         VARCHAR(32)  NOT NULL,
    root_pem        TEXT         NOT NULL,
    market_pem      TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

CREATE TABLE access_application (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id    BIGINT       NOT NULL REFERENCES participant (id),
    applicant         VARCHAR(64)  NOT NULL,
    organisation      VARCHAR(200) NOT NULL,
    licence_number    VARCHAR(64),
    licence_expiry    DATE,
    key_source        VARCHAR(16)  NOT NULL CHECK (key_source IN ('CSR', 'GENERATED')),
    public_key        BYTEA        NOT NULL,            -- X.509 SubjectPublicKeyInfo (DER)
    status            VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    reason            VARCHAR(500),
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMPTZ,
    renewal_of        BIGINT,
    created_at        TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT access_application_reason CHECK (status <> 'REJECTED' OR reason IS NOT NULL)
);
CREATE INDEX access_application_status_idx ON access_application (status, created_at);
CREATE INDEX access_application_participant_idx ON access_application (participant_id);

-- A key pair generated for a participant: the private key encrypted (AES-256-GCM) under a key derived from the
-- participant's password (PBKDF2-HMAC-SHA256); the server cannot use it without that password.
CREATE TABLE access_held_key (
    application_id    BIGINT       PRIMARY KEY REFERENCES access_application (id),
    salt              BYTEA        NOT NULL,
    iterations        INTEGER      NOT NULL,
    iv                BYTEA        NOT NULL,
    encrypted_key     BYTEA        NOT NULL,
    downloaded_at     TIMESTAMPTZ
);

CREATE TABLE access_certificate (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id    BIGINT       NOT NULL UNIQUE REFERENCES access_application (id),
    participant_id    BIGINT       NOT NULL REFERENCES participant (id),
    serial            VARCHAR(64)  NOT NULL UNIQUE,    -- hex
    role              VARCHAR(32)  NOT NULL,
    subject           VARCHAR(500) NOT NULL,
    fingerprint       CHAR(64)     NOT NULL UNIQUE,    -- SHA-256 of the DER certificate
    pem               TEXT         NOT NULL,
    not_before        TIMESTAMPTZ  NOT NULL,
    not_after         TIMESTAMPTZ  NOT NULL,
    issued_at         TIMESTAMPTZ  NOT NULL,
    revoked_at        TIMESTAMPTZ,
    revocation_reason INTEGER      CHECK (revocation_reason IN (0, 1, 3, 4, 5, 9)),
    revoked_by        VARCHAR(64),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT access_certificate_revocation CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX access_certificate_participant_idx ON access_certificate (participant_id);
CREATE INDEX access_certificate_expiry_idx ON access_certificate (not_after);

CREATE TABLE access_crl (
    number            BIGINT       PRIMARY KEY,
    this_update       TIMESTAMPTZ  NOT NULL,
    next_update       TIMESTAMPTZ  NOT NULL,
    der               BYTEA        NOT NULL
);

CREATE TABLE access_denial (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at                TIMESTAMPTZ  NOT NULL,
    username          VARCHAR(64),
    action            VARCHAR(64)  NOT NULL,
    refusal           VARCHAR(32)  NOT NULL,
    fingerprint       CHAR(64),
    detail            VARCHAR(500)
);
CREATE INDEX access_denial_at_idx ON access_denial (at DESC);
