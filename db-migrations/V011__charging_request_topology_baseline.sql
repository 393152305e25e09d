-- Schema 011 records transformers and charging stations on the ledger (the park admin can now edit them). A database
-- that already holds a topology gets one baseline at the next start (charging TopologyBaseline): every transformer
-- and station without a ledger record is recorded. A fresh database needs none.
CREATE TABLE charging_topology_baseline (
    name     VARCHAR(64)  PRIMARY KEY,
    done_at  TIMESTAMPTZ
);
INSERT INTO charging_topology_baseline (name)
SELECT 'schema-011' WHERE EXISTS (SELECT 1 FROM transformer);
