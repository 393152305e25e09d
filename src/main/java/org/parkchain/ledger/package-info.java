/**
 * The ledger mirror: every committed market-relevant change is written to a transactional outbox in the business
 * transaction itself ({@link org.parkchain.ledger.boundary.Outbox}), a container-scheduled worker records the outbox in
 * Merkle-rooted batches on the ledger chosen by configuration (the embedded hash-chained ledger by default, or
 * Hyperledger Fabric chaincode), and regulators verify the database against the ledger.
 */
package org.parkchain.ledger;
