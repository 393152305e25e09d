-- Market participants: organisations (and, for small and micro users, the household or shop itself).
CREATE TABLE participant (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type            VARCHAR(32)  NOT NULL CHECK (type IN ('RESIDENT', 'SALES_COMPANY', 'LARGE_USER', 'GENERATOR',
                                                          'STATION_OPERATOR', 'REGULATOR', 'PARK_OPERATOR')),
    name_en         VARCHAR(200) NOT NULL,
    name_zh         VARCHAR(200) NOT NULL,
    credit_code     VARCHAR(18)  NOT NULL UNIQUE,      -- unified social credit code (统一社会信用代码)
    licence_number  VARCHAR(64),                       -- electricity business licence, where the type needs one
    licence_expiry  DATE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT participant_licence_complete CHECK ((licence_number IS NULL) = (licence_expiry IS NULL))
);
CREATE INDEX participant_type_idx ON participant (type);
