-- The embedded ledger: the audit contract's world state and an append-only, hash-chained, signed block chain.
-- Owned by the ledger feature; no other feature reads or writes these tables.
CREATE TABLE ledger_node_key (
    id               INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fingerprint      CHAR(64)     NOT NULL UNIQUE,   -- SHA-256 of the DER certificate
    certificate_pem  TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL
);

CREATE TABLE ledger_block (
    number         BIGINT       PRIMARY KEY CHECK (number >= 0),
    previous_hash  CHAR(64)     NOT NULL,
    data_hash      CHAR(64)     NOT NULL,            -- RFC 6962 Merkle root over the block's transaction hashes
    tx_count       INTEGER      NOT NULL CHECK (tx_count > 0),
    created_at     TIMESTAMPTZ  NOT NULL,
    node_key_id    INTEGER      NOT NULL REFERENCES ledger_node_key (id),
    header_hash    CHAR(64)     NOT NULL UNIQUE,     -- SHA-256 of the canonical header
    signature      BYTEA        NOT NULL             -- ECDSA P-256 / SHA-256 over the canonical header
);

CREATE TABLE ledger_transaction (
    tx_id          VARCHAR(128) PRIMARY KEY,
    block_number   BIGINT       NOT NULL REFERENCES ledger_block (number),
    tx_index       INTEGER      NOT NULL,
    function       VARCHAR(64)  NOT NULL,
    arguments      TEXT         NOT NULL,            -- canonical JSON array
    caller_msp     VARCHAR(128) NOT NULL,
    caller_role    VARCHAR(64),
    result         TEXT         NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    write_set_hash CHAR(64)     NOT NULL,            -- SHA-256 over the canonical list of (key, value hash)
    tx_hash        CHAR(64)     NOT NULL,
    UNIQUE (block_number, tx_index)
);

-- Every value ever written, by key and transaction: the history; the current state is the latest write per key.
CREATE TABLE ledger_write (
    state_key      TEXT COLLATE "C" NOT NULL,
    tx_id          VARCHAR(128) NOT NULL REFERENCES ledger_transaction (tx_id),
    block_number   BIGINT       NOT NULL,
    value          BYTEA        NOT NULL,
    PRIMARY KEY (state_key, block_number, tx_id)
);
CREATE INDEX ledger_write_tx_idx ON ledger_write (tx_id);

CREATE TABLE ledger_state (
    state_key      TEXT COLLATE "C" PRIMARY KEY,
    value          BYTEA        NOT NULL,
    block_number   BIGINT       NOT NULL,
    tx_id          VARCHAR(128) NOT NULL
);

-- Blocks, transactions and the history are append-only.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER ledger_block_append_only BEFORE UPDATE OR DELETE ON ledger_block
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_transaction_append_only BEFORE UPDATE OR DELETE ON ledger_transaction
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_write_append_only BEFORE UPDATE OR DELETE ON ledger_write
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
