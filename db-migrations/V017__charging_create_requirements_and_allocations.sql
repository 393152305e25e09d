-- Charging rights, stage 1 (issue 15): base-load forecasts, stations' requirements, allocation runs and their rights.

-- A transformer's base-load forecast: for one day (applies_to = 'YYYY-MM-DD', imported from CSV) or the default
-- profile of a day type (applies_to = 'WORKDAY' or 'WEEKEND'); 96 kW figures, comma-separated, slot 00:00 first.
CREATE TABLE charging_base_load (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transformer_id BIGINT       NOT NULL REFERENCES transformer (id),
    applies_to     VARCHAR(10)  NOT NULL CHECK (applies_to ~ '^(\d{4}-\d{2}-\d{2}|WORKDAY|WEEKEND)$'),
    kw             TEXT         NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    UNIQUE (transformer_id, applies_to)
);

-- A station's requirement for a day (its vehicles together), signed by the operator's market certificate.
CREATE TABLE charging_requirement (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id         BIGINT        NOT NULL REFERENCES charging_station (id),
    day                DATE          NOT NULL,
    energy_kwh         NUMERIC(9,3)  NOT NULL CHECK (energy_kwh > 0),
    min_kw             NUMERIC(10,1) NOT NULL CHECK (min_kw >= 0),
    max_kw             NUMERIC(10,1) NOT NULL CHECK (max_kw > 0 AND min_kw <= max_kw),
    arrival_slot       SMALLINT      NOT NULL CHECK (arrival_slot >= 0 AND arrival_slot < 96),
    departure_slot     SMALLINT      NOT NULL CHECK (departure_slot > arrival_slot AND departure_slot <= 96),
    willingness        SMALLINT      NOT NULL CHECK (willingness BETWEEN 1 AND 5),
    flexible_share     NUMERIC(4,3)  NOT NULL CHECK (flexible_share >= 0 AND flexible_share <= 1),
    submitted_by       VARCHAR(64)   NOT NULL,
    submitted_at       TIMESTAMPTZ   NOT NULL,
    signature          TEXT          NOT NULL,
    signer_fingerprint VARCHAR(64)   NOT NULL,
    UNIQUE (station_id, day)
);
CREATE INDEX charging_requirement_day_idx ON charging_requirement (day);

-- One allocation run per transformer and day (the unique key makes a second run, on any node, impossible).
CREATE TABLE charging_allocation (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transformer_id BIGINT        NOT NULL REFERENCES transformer (id),
    day            DATE          NOT NULL,
    limit_kw       NUMERIC(10,1) NOT NULL,
    base_load_kw   TEXT          NOT NULL,
    base_load_from VARCHAR(10)   NOT NULL,
    margin_kw      TEXT          NOT NULL,
    rights_root    CHAR(64)      NOT NULL,
    jain           NUMERIC(7,6)  NOT NULL,
    run_at         TIMESTAMPTZ   NOT NULL,
    run_by         VARCHAR(64)   NOT NULL,
    UNIQUE (transformer_id, day)
);

-- A station's rights in a run: kW per slot (96 figures), with what it asked and what it was served.
CREATE TABLE charging_right (
    allocation_id  BIGINT        NOT NULL REFERENCES charging_allocation (id),
    station_id     BIGINT        NOT NULL REFERENCES charging_station (id),
    requirement_id BIGINT        NOT NULL REFERENCES charging_requirement (id),
    kw             TEXT          NOT NULL,
    requested_kwh  NUMERIC(9,3)  NOT NULL,
    served_kwh     NUMERIC(9,3)  NOT NULL,
    not_admitted   TEXT          NOT NULL,
    PRIMARY KEY (allocation_id, station_id)
);
CREATE INDEX charging_right_station_idx ON charging_right (station_id);
