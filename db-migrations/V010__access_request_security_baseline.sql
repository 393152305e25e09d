-- Schema 009 widened what the audit covers: a user's record now carries a digest of its password hash and its lock,
-- and CRLs and access denials are recorded. A database that already holds users gets one baseline at the next start
-- (access SecurityBaseline): users whose market fields still match their last ledger entry are recorded again in
-- the new form, CRLs and denials that were never recorded are recorded. A fresh database needs none.
CREATE TABLE access_security_baseline (
    name     VARCHAR(64)  PRIMARY KEY,
    done_at  TIMESTAMPTZ
);
INSERT INTO access_security_baseline (name)
SELECT 'schema-009' WHERE EXISTS (SELECT 1 FROM user_account);
