package org.parkchain.ledger.control;

/**
 * A state-changing call whose transaction id is fixed before it is sent for ordering (on Fabric it is already
 * endorsed), so that the caller can write the id down first and, after a crash or an outage, ask how that transaction
 * ended ({@link LedgerGateway#commitStatus}) instead of sending the same work again.
 */
public interface LedgerTransaction {
    /** The ledger's id of this transaction. */
    String txId();

    /** Orders the transaction and waits until it is committed as valid; returns the contract's result. */
    String commit() throws LedgerException;
}
