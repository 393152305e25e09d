package org.parkchain.ledger.control;

/**
 * The Ledger port: runs a function of the audit-record contract ({@link org.parkchain.ledger.contract.AuditRecords})
 * on whichever ledger the configuration chose. Implementations are the embedded ledger and the Fabric gateway
 * client; only the ledger feature's own boundaries call them, business code never does.
 */
public interface LedgerGateway {
    /** "embedded" or "fabric". */
    String kind();

    /** Endorses, orders and commits a state-changing function; returns its result once the commit is valid. */
    String submit(String function, String... args) throws LedgerException;

    /** Runs a read-only function against the current state; nothing is ordered or committed. */
    String evaluate(String function, String... args) throws LedgerException;
}
