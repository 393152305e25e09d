-- Charging rights, stage 2 (issue 16): stations trade rights in a call-market double auction and on a P2P board.
-- Quantities are kW of right per slot in lots of 0.1 kW; prices CNY per kWh of right (0.001 steps); a slot range is
-- from_slot (inclusive) to to_slot (exclusive), slots 0..95 of the day.

-- A signed order in the call market: the same quantity and limit price in every slot of its range.
CREATE TABLE charging_order (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transformer_id     BIGINT        NOT NULL REFERENCES transformer (id),
    day                DATE          NOT NULL,
    station_id         BIGINT        NOT NULL REFERENCES charging_station (id),
    side               VARCHAR(4)    NOT NULL CHECK (side IN ('BUY', 'SELL')),
    from_slot          SMALLINT      NOT NULL CHECK (from_slot >= 0 AND from_slot < 96),
    to_slot            SMALLINT      NOT NULL CHECK (to_slot > from_slot AND to_slot <= 96),
    quantity_kw        NUMERIC(10,1) NOT NULL CHECK (quantity_kw > 0),
    price              NUMERIC(10,3) NOT NULL CHECK (price >= 0),
    status             VARCHAR(9)    NOT NULL CHECK (status IN ('OPEN', 'CLEARED', 'CANCELLED')),
    placed_by          VARCHAR(64)   NOT NULL,
    placed_at          TIMESTAMPTZ   NOT NULL,
    signature          TEXT          NOT NULL,
    signer_fingerprint VARCHAR(64)   NOT NULL,
    cancelled_at       TIMESTAMPTZ,
    cancel_signature   TEXT,
    clearing_id        BIGINT
);
CREATE INDEX charging_order_book_idx ON charging_order (transformer_id, day, status);
CREATE INDEX charging_order_station_idx ON charging_order (station_id, day);

-- A signed P2P offer: quantity per slot over its range at a posted price; preferred partners (station ids,
-- comma-separated; empty: every station on the transformer) are the only ones who see and may accept it.
CREATE TABLE charging_offer (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transformer_id     BIGINT        NOT NULL REFERENCES transformer (id),
    day                DATE          NOT NULL,
    station_id         BIGINT        NOT NULL REFERENCES charging_station (id),
    side               VARCHAR(4)    NOT NULL CHECK (side IN ('BUY', 'SELL')),
    from_slot          SMALLINT      NOT NULL CHECK (from_slot >= 0 AND from_slot < 96),
    to_slot            SMALLINT      NOT NULL CHECK (to_slot > from_slot AND to_slot <= 96),
    quantity_kw        NUMERIC(10,1) NOT NULL CHECK (quantity_kw > 0),
    remaining_kw       NUMERIC(10,1) NOT NULL CHECK (remaining_kw >= 0 AND remaining_kw <= quantity_kw),
    price              NUMERIC(10,3) NOT NULL CHECK (price >= 0),
    partners           TEXT          NOT NULL,
    status             VARCHAR(9)    NOT NULL CHECK (status IN ('OPEN', 'TAKEN', 'WITHDRAWN')),
    posted_by          VARCHAR(64)   NOT NULL,
    posted_at          TIMESTAMPTZ   NOT NULL,
    signature          TEXT          NOT NULL,
    signer_fingerprint VARCHAR(64)   NOT NULL,
    withdrawn_at       TIMESTAMPTZ,
    withdraw_signature TEXT
);
CREATE INDEX charging_offer_board_idx ON charging_offer (transformer_id, day, status);

-- A signed acceptance of (part of) a P2P offer by a station on the same transformer: kW per slot over the offer's range.
CREATE TABLE charging_acceptance (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    offer_id           BIGINT        NOT NULL REFERENCES charging_offer (id),
    station_id         BIGINT        NOT NULL REFERENCES charging_station (id),
    kw                 NUMERIC(10,1) NOT NULL CHECK (kw > 0),
    accepted_by        VARCHAR(64)   NOT NULL,
    accepted_at        TIMESTAMPTZ   NOT NULL,
    signature          TEXT          NOT NULL,
    signer_fingerprint VARCHAR(64)   NOT NULL
);
CREATE INDEX charging_acceptance_offer_idx ON charging_acceptance (offer_id);

-- One clearing of a transformer's day: the rule, the figures per slot (96 comma-separated), the fills' Merkle root,
-- and the market's seal (a signature by the park's market CA key over the canonical result).
CREATE TABLE charging_clearing (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transformer_id BIGINT        NOT NULL REFERENCES transformer (id),
    day            DATE          NOT NULL,
    rule           VARCHAR(8)    NOT NULL CHECK (rule IN ('MCAFEE', 'K_DOUBLE')),
    kappa          NUMERIC(3,2)  NOT NULL,
    orders         INTEGER       NOT NULL,
    buy_price      TEXT          NOT NULL,
    sell_price     TEXT          NOT NULL,
    traded_kw      TEXT          NOT NULL,
    welfare_cny    NUMERIC(16,7) NOT NULL,
    surplus_cny    NUMERIC(16,7) NOT NULL,
    fills_root     CHAR(64)      NOT NULL,
    seal           TEXT          NOT NULL,
    run_at         TIMESTAMPTZ   NOT NULL,
    run_by         VARCHAR(64)   NOT NULL
);
CREATE INDEX charging_clearing_day_idx ON charging_clearing (day, transformer_id);
ALTER TABLE charging_order ADD CONSTRAINT charging_order_clearing_fk FOREIGN KEY (clearing_id)
    REFERENCES charging_clearing (id);

-- One station's side of a trade in one slot: rights in (BUY) or out (SELL) and the money owed (a buyer owes, a
-- seller is owed), from a clearing (with its order) or from a P2P acceptance (with the offer and the counterparty).
CREATE TABLE charging_fill (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transformer_id BIGINT        NOT NULL REFERENCES transformer (id),
    day            DATE          NOT NULL,
    slot           SMALLINT      NOT NULL CHECK (slot >= 0 AND slot < 96),
    station_id     BIGINT        NOT NULL REFERENCES charging_station (id),
    side           VARCHAR(4)    NOT NULL CHECK (side IN ('BUY', 'SELL')),
    kw             NUMERIC(10,1) NOT NULL CHECK (kw > 0),
    price          NUMERIC(10,3) NOT NULL CHECK (price >= 0),
    amount_cny     NUMERIC(16,7) NOT NULL,
    source         VARCHAR(7)    NOT NULL CHECK (source IN ('AUCTION', 'P2P')),
    clearing_id    BIGINT REFERENCES charging_clearing (id),
    order_id       BIGINT REFERENCES charging_order (id),
    offer_id       BIGINT REFERENCES charging_offer (id),
    acceptance_id  BIGINT REFERENCES charging_acceptance (id),
    counterparty   BIGINT REFERENCES charging_station (id),
    at             TIMESTAMPTZ   NOT NULL,
    CHECK ((source = 'AUCTION' AND clearing_id IS NOT NULL AND order_id IS NOT NULL)
        OR (source = 'P2P' AND offer_id IS NOT NULL AND acceptance_id IS NOT NULL AND counterparty IS NOT NULL))
);
CREATE INDEX charging_fill_day_idx ON charging_fill (transformer_id, day);
CREATE INDEX charging_fill_station_idx ON charging_fill (station_id, day);
