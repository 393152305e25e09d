-- Bilateral trading: private channels per pair of parties, the negotiation log (notes, attachments, versioned term
-- sheets), contracts with each party's committed copy of the terms (the two-copy rule), metered delivery per contract
-- and month, and monthly settlement statements. Only hashes and status changes of these rows go on the ledger.
CREATE TABLE trading_channel (
    id          BIGSERIAL    PRIMARY KEY,
    party_a     BIGINT       NOT NULL REFERENCES participant (id),
    party_b     BIGINT       NOT NULL REFERENCES participant (id),
    status      VARCHAR(16)  NOT NULL CHECK (status IN ('PROPOSED', 'OPEN', 'DECLINED', 'CLOSED')),
    topic       VARCHAR(200) NOT NULL,
    opened_by   VARCHAR(64)  NOT NULL,
    opened_at   TIMESTAMPTZ  NOT NULL,
    decided_by  VARCHAR(64),
    decided_at  TIMESTAMPTZ,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT trading_channel_two_parties CHECK (party_a <> party_b)
);
-- one live channel per pair, whoever opened it
CREATE UNIQUE INDEX trading_channel_pair ON trading_channel (LEAST(party_a, party_b), GREATEST(party_a, party_b))
    WHERE status IN ('PROPOSED', 'OPEN');
CREATE INDEX trading_channel_b_idx ON trading_channel (party_b);

CREATE TABLE trading_note (
    id           BIGSERIAL    PRIMARY KEY,
    channel_id   BIGINT       NOT NULL REFERENCES trading_channel (id),
    participant  BIGINT       NOT NULL REFERENCES participant (id),
    username     VARCHAR(64)  NOT NULL,
    body         TEXT         NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX trading_note_channel_idx ON trading_note (channel_id);

CREATE TABLE trading_attachment (
    id            BIGSERIAL    PRIMARY KEY,
    channel_id    BIGINT       NOT NULL REFERENCES trading_channel (id),
    participant   BIGINT       NOT NULL REFERENCES participant (id),
    username      VARCHAR(64)  NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX trading_attachment_channel_idx ON trading_attachment (channel_id);

CREATE TABLE trading_term_sheet (
    id           BIGSERIAL    PRIMARY KEY,
    channel_id   BIGINT       NOT NULL REFERENCES trading_channel (id),
    version      INT          NOT NULL CHECK (version > 0),
    participant  BIGINT       NOT NULL REFERENCES participant (id),
    username     VARCHAR(64)  NOT NULL,
    terms        TEXT         NOT NULL,
    terms_hash   CHAR(64)     NOT NULL,
    comment      VARCHAR(1000),
    status       VARCHAR(16)  NOT NULL CHECK (status IN ('PROPOSED', 'COUNTERED', 'ACCEPTED', 'WITHDRAWN')),
    created_at   TIMESTAMPTZ  NOT NULL,
    decided_by   VARCHAR(64),
    decided_at   TIMESTAMPTZ,
    UNIQUE (channel_id, version)
);

CREATE TABLE trading_contract (
    id             BIGSERIAL    PRIMARY KEY,
    channel_id     BIGINT       NOT NULL REFERENCES trading_channel (id),
    term_sheet_id  BIGINT       NOT NULL UNIQUE REFERENCES trading_term_sheet (id),
    seller         BIGINT       NOT NULL REFERENCES participant (id),
    buyer          BIGINT       NOT NULL REFERENCES participant (id),
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('AWAITING', 'ACTIVE', 'SUPERSEDED')),
    terms          TEXT,
    terms_hash     CHAR(64),
    starts_on      DATE,
    ends_on        DATE,
    created_at     TIMESTAMPTZ  NOT NULL,
    activated_at   TIMESTAMPTZ,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT trading_contract_active_terms CHECK (status <> 'ACTIVE' OR (terms IS NOT NULL AND terms_hash IS NOT NULL
        AND starts_on IS NOT NULL AND ends_on IS NOT NULL AND activated_at IS NOT NULL))
);
CREATE INDEX trading_contract_channel_idx ON trading_contract (channel_id);
-- at most one contract awaiting copies per channel
CREATE UNIQUE INDEX trading_contract_awaiting ON trading_contract (channel_id) WHERE status = 'AWAITING';

CREATE TABLE trading_copy (
    id            BIGSERIAL    PRIMARY KEY,
    contract_id   BIGINT       NOT NULL REFERENCES trading_contract (id),
    participant   BIGINT       NOT NULL REFERENCES participant (id),
    sequence      INT          NOT NULL CHECK (sequence > 0),
    username      VARCHAR(64)  NOT NULL,
    terms         TEXT         NOT NULL,
    terms_hash    CHAR(64)     NOT NULL,
    payload       TEXT         NOT NULL,
    signature     TEXT         NOT NULL,
    fingerprint   CHAR(64)     NOT NULL,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('COMMITTED', 'WITHDRAWN', 'MISMATCHED', 'MATCHED')),
    committed_at  TIMESTAMPTZ  NOT NULL,
    closed_at     TIMESTAMPTZ,
    UNIQUE (contract_id, participant, sequence)
);
-- one standing copy per party and contract
CREATE UNIQUE INDEX trading_copy_standing ON trading_copy (contract_id, participant) WHERE status = 'COMMITTED';
