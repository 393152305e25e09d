-- Private data for the ledger (bilateral trading's copies of contract terms on Fabric): written in the business
-- transaction like the outbox, submitted in id order by one node with the values in the proposal's transient map.
-- On a ledger that keeps no private data (the embedded one) a row is closed as NOT_KEPT: the values stay here and in
-- the feature's own tables, read by their members only.
CREATE TABLE ledger_private_outbox (
    id               BIGSERIAL    PRIMARY KEY,
    function         VARCHAR(64)  NOT NULL,
    args             TEXT         NOT NULL,
    transient_key    VARCHAR(64),
    transient_value  BYTEA,
    created_at       TIMESTAMPTZ  NOT NULL,
    done_at          TIMESTAMPTZ,
    outcome          VARCHAR(16)  CHECK (outcome IN ('COMMITTED', 'NOT_KEPT', 'REFUSED')),
    result           TEXT,
    attempts         INT          NOT NULL DEFAULT 0,
    last_error       TEXT,
    CONSTRAINT ledger_private_outbox_done CHECK ((done_at IS NULL) = (outcome IS NULL)),
    CONSTRAINT ledger_private_outbox_transient CHECK ((transient_key IS NULL) = (transient_value IS NULL))
);
CREATE INDEX ledger_private_outbox_open_idx ON ledger_private_outbox (id) WHERE done_at IS NULL;
