-- Bilateral trading, settlement: metered (or agreed) delivery per contract and month, 96 quarter-hour kWh values per
-- day stored as little-endian IEEE doubles, and the monthly statement both parties confirm or dispute.
CREATE TABLE trading_delivery (
    contract_id  BIGINT       NOT NULL REFERENCES trading_contract (id),
    month        DATE         NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    source       VARCHAR(8)   NOT NULL CHECK (source IN ('METER', 'AGREED')),
    kwh          BYTEA        NOT NULL,
    total_kwh    DOUBLE PRECISION NOT NULL CHECK (total_kwh >= 0),
    sha256       CHAR(64)     NOT NULL,
    file_sha256  CHAR(64)     NOT NULL,
    entered_by   VARCHAR(64)  NOT NULL,
    entered_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (contract_id, month)
);

CREATE TABLE trading_statement (
    id                   BIGSERIAL    PRIMARY KEY,
    contract_id          BIGINT       NOT NULL REFERENCES trading_contract (id),
    month                DATE         NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    figures              TEXT         NOT NULL,
    figures_hash         CHAR(64)     NOT NULL,
    amount_due           NUMERIC(14, 2) NOT NULL,
    max_deviation        DOUBLE PRECISION NOT NULL,
    status               VARCHAR(16)  NOT NULL CHECK (status IN ('AWAITING', 'CONFIRMED', 'DISPUTED', 'REPLACED')),
    seller_fingerprint   CHAR(64),
    seller_signature     TEXT,
    seller_confirmed_at  TIMESTAMPTZ,
    buyer_fingerprint    CHAR(64),
    buyer_signature      TEXT,
    buyer_confirmed_at   TIMESTAMPTZ,
    disputed_by          VARCHAR(64),
    dispute_reason       VARCHAR(1000),
    disputed_at          TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0
);
-- one current statement per contract and month; replaced ones stay readable
CREATE UNIQUE INDEX trading_statement_current ON trading_statement (contract_id, month) WHERE status <> 'REPLACED';
CREATE INDEX trading_statement_status_idx ON trading_statement (status);

-- Contracts the parties signed before ParkChain (on paper), recorded by the park admin so that they are settled
-- here too: they have no committed copies, and say who recorded them and from which document.
ALTER TABLE trading_contract ADD COLUMN recorded_by VARCHAR(64);
ALTER TABLE trading_contract ADD COLUMN recorded_reference VARCHAR(200);
ALTER TABLE trading_contract ADD CONSTRAINT trading_contract_recorded
    CHECK ((recorded_by IS NULL) = (recorded_reference IS NULL));
