-- Power consumption agreements: the catalog tariff, sales companies' retail plans (versioned; a published version is
-- immutable), residents' load profiles, signed agreements, meter readings and monthly bills.

-- Every save of the catalog tariff is a new row; the newest is in force. Rows are never changed.
CREATE TABLE agreements_tariff (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    granularity     INTEGER      NOT NULL CHECK (granularity IN (15, 60)),  -- minutes of the schedules' slots
    document        TEXT         NOT NULL,                                  -- canonical JSON: seasons, holidays
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

CREATE TABLE agreements_plan (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sales_participant_id  BIGINT        NOT NULL REFERENCES participant (id),
    lineage               BIGINT        NOT NULL,            -- id of the plan's first version
    version_no            INTEGER       NOT NULL CHECK (version_no >= 1),
    name                  VARCHAR(120)  NOT NULL,
    description           VARCHAR(500),
    plan_type             VARCHAR(16)   NOT NULL CHECK (plan_type IN ('FIXED', 'TIME_OF_USE', 'TIERED', 'DISCOUNT')),
    terms                 TEXT          NOT NULL,            -- canonical JSON of the priced terms
    valid_from            DATE          NOT NULL,
    valid_until           DATE,
    status                VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    published_at          TIMESTAMPTZ,
    withdrawn_at          TIMESTAMPTZ,
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT agreements_plan_lineage_version UNIQUE (lineage, version_no),
    CONSTRAINT agreements_plan_window CHECK (valid_until IS NULL OR valid_until >= valid_from),
    CONSTRAINT agreements_plan_published CHECK (status = 'DRAFT' OR published_at IS NOT NULL)
);
CREATE INDEX agreements_plan_sales_idx ON agreements_plan (sales_participant_id, lineage, version_no);
CREATE INDEX agreements_plan_status_idx ON agreements_plan (status);

-- A published plan is immutable: only its withdrawal may be recorded. A change is a new version (a new row).
CREATE FUNCTION agreements_plan_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.status <> 'DRAFT' AND (
        (NEW.sales_participant_id, NEW.lineage, NEW.version_no, NEW.name, NEW.description, NEW.plan_type, NEW.terms,
         NEW.valid_from, NEW.valid_until, NEW.published_at)
        IS DISTINCT FROM
        (OLD.sales_participant_id, OLD.lineage, OLD.version_no, OLD.name, OLD.description, OLD.plan_type, OLD.terms,
         OLD.valid_from, OLD.valid_until, OLD.published_at)
        OR (OLD.status = 'WITHDRAWN' AND NEW.status <> 'WITHDRAWN')
        OR NEW.status = 'DRAFT') THEN
        RAISE EXCEPTION 'plan % is published and cannot be changed', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER agreements_plan_immutable BEFORE UPDATE ON agreements_plan
    FOR EACH ROW EXECUTE FUNCTION agreements_plan_immutable();

-- A sales company's rule for countersigning: by hand, or automatically up to an annual volume.
CREATE TABLE agreements_sales_rule (
    sales_participant_id  BIGINT        PRIMARY KEY REFERENCES participant (id),
    auto_accept           BOOLEAN       NOT NULL,
    max_annual_kwh        NUMERIC(14, 1) CHECK (max_annual_kwh IS NULL OR max_annual_kwh > 0),
    updated_by            VARCHAR(64)   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL
);

-- A resident's load profile; the newest row is the current one.
CREATE TABLE agreements_profile (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id  BIGINT        NOT NULL REFERENCES participant (id),
    source          VARCHAR(16)   NOT NULL CHECK (source IN ('MONTHLY', 'READINGS', 'ARCHETYPE')),
    archetype       VARCHAR(16),
    first_month     DATE          NOT NULL,
    kwh             TEXT          NOT NULL,   -- JSON [[sharp, peak, flat, valley], ...] per month
    volatility      DOUBLE PRECISION NOT NULL CHECK (volatility >= 0),
    annual_kwh      NUMERIC(14, 3) NOT NULL CHECK (annual_kwh >= 0),
    readings        INTEGER,
    step_minutes    INTEGER,
    file_name       VARCHAR(200),
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX agreements_profile_participant_idx ON agreements_profile (participant_id, id DESC);

CREATE TABLE agreements_agreement (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_participant_id  BIGINT        NOT NULL REFERENCES participant (id),
    sales_participant_id     BIGINT        NOT NULL REFERENCES participant (id),
    plan_id                  BIGINT        NOT NULL REFERENCES agreements_plan (id),
    status                   VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'DECLINED', 'CANCELLED')),
    signed_payload           TEXT          NOT NULL,   -- the canonical JSON the resident signed
    resident_signature       TEXT          NOT NULL,   -- Base64
    resident_fingerprint     CHAR(64)      NOT NULL,
    signed_by                VARCHAR(64)   NOT NULL,
    signed_at                TIMESTAMPTZ   NOT NULL,
    countersign_signature    TEXT,
    countersign_fingerprint  CHAR(64),
    countersigned_by         VARCHAR(64),              -- the sales user, or 'auto-accept'
    countersigned_at         TIMESTAMPTZ,
    decline_reason           VARCHAR(500),
    starts_on                DATE,
    ends_on                  DATE,
    exit_fee                 NUMERIC(12, 2),           -- due because it ended before its term
    previous_agreement_id    BIGINT        REFERENCES agreements_agreement (id),
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT agreements_agreement_active CHECK (status <> 'ACTIVE' OR (starts_on IS NOT NULL
        AND countersigned_at IS NOT NULL)),
    CONSTRAINT agreements_agreement_dates CHECK (ends_on IS NULL OR ends_on >= starts_on - 1)
);
-- One agreement awaiting countersignature and one open-ended agreement per resident.
CREATE UNIQUE INDEX agreements_agreement_one_pending ON agreements_agreement (resident_participant_id)
    WHERE status = 'PENDING';
CREATE UNIQUE INDEX agreements_agreement_one_open ON agreements_agreement (resident_participant_id)
    WHERE status = 'ACTIVE' AND ends_on IS NULL;
CREATE INDEX agreements_agreement_sales_idx ON agreements_agreement (sales_participant_id, status);

CREATE TABLE agreements_meter_import (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source          VARCHAR(16)   NOT NULL CHECK (source IN ('UPLOAD', 'API')),
    file_name       VARCHAR(200),
    sha256          CHAR(64)      NOT NULL,
    readings        INTEGER       NOT NULL,
    participants    INTEGER       NOT NULL,
    first_at        TIMESTAMP     NOT NULL,
    last_at         TIMESTAMP     NOT NULL,
    imported_by     VARCHAR(64)   NOT NULL,
    imported_at     TIMESTAMPTZ   NOT NULL
);

-- Interval readings in park local time (the interval's start).
CREATE TABLE agreements_meter_reading (
    participant_id  BIGINT        NOT NULL REFERENCES participant (id),
    reading_at      TIMESTAMP     NOT NULL,
    step_minutes    SMALLINT      NOT NULL CHECK (step_minutes IN (15, 60)),
    kwh             NUMERIC(12, 4) NOT NULL CHECK (kwh >= 0),
    import_id       BIGINT        NOT NULL REFERENCES agreements_meter_import (id),
    PRIMARY KEY (participant_id, reading_at)
);

CREATE TABLE agreements_bill (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id    BIGINT        NOT NULL REFERENCES agreements_agreement (id),
    participant_id  BIGINT        NOT NULL REFERENCES participant (id),
    sales_participant_id BIGINT   NOT NULL REFERENCES participant (id),
    month           DATE          NOT NULL,
    kwh             TEXT          NOT NULL,   -- JSON [sharp, peak, flat, valley]
    total_kwh       NUMERIC(14, 3) NOT NULL,
    energy          NUMERIC(12, 2) NOT NULL,
    penalty         NUMERIC(12, 2) NOT NULL,
    fees            NUMERIC(12, 2) NOT NULL,
    total           NUMERIC(12, 2) NOT NULL,
    catalog_cost    NUMERIC(12, 2) NOT NULL,  -- what the catalog tariff would have charged for the same readings
    tariff_id       BIGINT        NOT NULL REFERENCES agreements_tariff (id),
    issued_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT agreements_bill_once UNIQUE (agreement_id, month)
);
CREATE INDEX agreements_bill_participant_idx ON agreements_bill (participant_id, month);
CREATE INDEX agreements_bill_sales_idx ON agreements_bill (sales_participant_id, month);
