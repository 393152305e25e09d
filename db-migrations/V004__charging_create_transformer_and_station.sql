-- Park distribution transformers and the EV charging stations fed by them.
CREATE TABLE transformer (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    park_id        BIGINT        NOT NULL REFERENCES park (id),
    code           VARCHAR(32)   NOT NULL UNIQUE,
    name_en        VARCHAR(200)  NOT NULL,
    name_zh        VARCHAR(200)  NOT NULL,
    rated_kva      NUMERIC(10,1) NOT NULL CHECK (rated_kva > 0),
    power_factor   NUMERIC(4,3)  NOT NULL CHECK (power_factor > 0 AND power_factor <= 1),
    reserve_kw     NUMERIC(10,1) NOT NULL CHECK (reserve_kw >= 0),
    created_at     TIMESTAMPTZ   NOT NULL
);

CREATE TABLE charging_station (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transformer_id           BIGINT        NOT NULL REFERENCES transformer (id),
    operator_participant_id  BIGINT        NOT NULL REFERENCES participant (id),
    code                     VARCHAR(32)   NOT NULL UNIQUE,
    name_en                  VARCHAR(200)  NOT NULL,
    name_zh                  VARCHAR(200)  NOT NULL,
    max_power_kw             NUMERIC(10,1) NOT NULL CHECK (max_power_kw > 0),
    connectors               INTEGER       NOT NULL CHECK (connectors > 0),
    created_at               TIMESTAMPTZ   NOT NULL
);
CREATE INDEX charging_station_operator_idx ON charging_station (operator_participant_id);
CREATE INDEX charging_station_transformer_idx ON charging_station (transformer_id);
