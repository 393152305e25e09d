-- Transactional outbox: one row per market-relevant change, written in the business transaction itself.
-- The mirror worker cuts rows into batches (mirror_batch) and records each batch on the ledger.
CREATE TABLE mirror_batch (
    id              VARCHAR(32)  PRIMARY KEY,
    merkle_root     CHAR(64)     NOT NULL,
    size            INTEGER      NOT NULL CHECK (size > 0),
    created_at      TIMESTAMPTZ  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    ledger_tx_id    VARCHAR(128),
    mirrored_at     TIMESTAMPTZ
);
CREATE INDEX mirror_batch_pending_idx ON mirror_batch (id) WHERE mirrored_at IS NULL;
CREATE SEQUENCE mirror_batch_seq;

CREATE TABLE ledger_outbox (
    seq                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id            UUID         NOT NULL UNIQUE,
    type                VARCHAR(64)  NOT NULL,
    aggregate_id        VARCHAR(128) NOT NULL,
    payload             TEXT         NOT NULL,   -- canonical JSON of the aggregate after the change
    payload_hash        CHAR(64)     NOT NULL,   -- SHA-256 of payload (UTF-8)
    entry_hash          CHAR(64)     NOT NULL,   -- SHA-256 of the canonical entry: what the ledger records
    actor               VARCHAR(64)  NOT NULL,
    signer_fingerprint  CHAR(64),                -- SHA-256 of the signer's certificate, when the action was signed
    committed_at        TIMESTAMPTZ  NOT NULL,
    txid                XID8         NOT NULL DEFAULT pg_current_xact_id(),
    batch_id            VARCHAR(32)  REFERENCES mirror_batch (id),
    leaf_index          INTEGER,
    ledger_tx_id        VARCHAR(128),
    mirrored_at         TIMESTAMPTZ,
    CONSTRAINT ledger_outbox_batch_complete CHECK ((batch_id IS NULL) = (leaf_index IS NULL))
);
CREATE INDEX ledger_outbox_unbatched_idx ON ledger_outbox (seq) WHERE batch_id IS NULL;
CREATE INDEX ledger_outbox_unmirrored_idx ON ledger_outbox (committed_at) WHERE mirrored_at IS NULL;
CREATE INDEX ledger_outbox_batch_idx ON ledger_outbox (batch_id, leaf_index);
CREATE INDEX ledger_outbox_aggregate_idx ON ledger_outbox (aggregate_id, seq);
