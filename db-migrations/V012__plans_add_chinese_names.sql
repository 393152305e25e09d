-- Plans get a Chinese name and description beside the English ones; either name may be left empty (the other is
-- shown instead), but not both. A published plan stays immutable, the new columns included.
ALTER TABLE agreements_plan ADD COLUMN name_zh VARCHAR(120), ADD COLUMN description_zh VARCHAR(500);
ALTER TABLE agreements_plan ALTER COLUMN name DROP NOT NULL;
ALTER TABLE agreements_plan ADD CONSTRAINT agreements_plan_named CHECK (name IS NOT NULL OR name_zh IS NOT NULL);

CREATE OR REPLACE FUNCTION agreements_plan_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.status <> 'DRAFT' AND (
        (NEW.sales_participant_id, NEW.lineage, NEW.version_no, NEW.name, NEW.name_zh, NEW.description,
         NEW.description_zh, NEW.plan_type, NEW.terms, NEW.valid_from, NEW.valid_until, NEW.published_at)
        IS DISTINCT FROM
        (OLD.sales_participant_id, OLD.lineage, OLD.version_no, OLD.name, OLD.name_zh, OLD.description,
         OLD.description_zh, OLD.plan_type, OLD.terms, OLD.valid_from, OLD.valid_until, OLD.published_at)
        OR (OLD.status = 'WITHDRAWN' AND NEW.status <> 'WITHDRAWN')
        OR NEW.status = 'DRAFT') THEN
        RAISE EXCEPTION 'plan % is published and cannot be changed', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
