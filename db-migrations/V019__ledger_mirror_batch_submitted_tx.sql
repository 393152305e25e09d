-- Ledger mirror with several batches in flight (issue 17): the id of the transaction last sent for a batch, written
-- down before the transaction goes to the ordering service. After a crash or an outage the mirror asks the ledger for
-- this transaction's commit status before it sends the batch again, so a batch that did commit costs no second
-- transaction.
ALTER TABLE mirror_batch ADD COLUMN submitted_tx_id VARCHAR(128);
ALTER TABLE mirror_batch ADD COLUMN bytes INTEGER;
