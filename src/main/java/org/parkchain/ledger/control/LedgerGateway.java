package org.parkchain.ledger.control;

import java.time.Duration;
import java.util.Optional;

/**
 * The Ledger port: every question the application asks a ledger, whichever kind the configuration chose (the
 * embedded hash-chained ledger or Hyperledger Fabric). It runs the audit-record contract
 * ({@link org.parkchain.ledger.contract.AuditRecords}), checks the ledger's own chain, gives evidence in the ledger's
 * own format that a transaction was committed (checkable offline with {@link EvidenceCheck}), and signs and checks
 * digests of the chain head where the ledger issues them. Only the ledger feature's own boundaries call it; business
 * code never does. Adapters are CDI beans qualified with {@link LedgerKind}.
 */
public interface LedgerGateway {
    /** "embedded" or "fabric". */
    String kind();

    /** Endorses, orders and commits a state-changing function; returns its result once the commit is valid. */
    String submit(String function, String... args) throws LedgerException;

    /**
     * Prepares a state-changing function with its transaction id fixed (on Fabric: endorsed), to be ordered by
     * {@link LedgerTransaction#commit()}; nothing reaches the ledger before that call.
     */
    LedgerTransaction prepare(String function, String... args) throws LedgerException;

    /**
     * How the transaction with this id ended, waiting at most {@code wait} for its commit (Fabric's commit status);
     * {@link CommitOutcome#UNKNOWN} when it is not committed by then.
     */
    CommitOutcome commitStatus(String txId, Duration wait) throws LedgerException;

    /**
     * Whether this ledger keeps private data collections (Fabric). The embedded ledger keeps none: private values stay
     * in the application's database, where only their members read them.
     */
    boolean keepsPrivateData();

    /**
     * Like {@link #submit}, with values in the proposal's transient map: the chaincode writes them to a private data
     * collection, and they never reach the ledger's blocks.
     *
     * @throws LedgerException {@code unavailable} also on a ledger that keeps no private data
     */
    String submitPrivate(String function, java.util.Map<String, byte[]> transientData, String... args)
            throws LedgerException;

    /** Runs a read-only function against the current state; nothing is ordered or committed. */
    String evaluate(String function, String... args) throws LedgerException;

    /** Checks the ledger's chain; a ledger whose own nodes validate it reports that the check is not applicable. */
    ChainReport checkChain() throws LedgerException;

    /** Evidence that the transaction was committed, in this ledger's own format; empty when it knows no such one. */
    Optional<TransactionEvidence> evidence(String txId) throws LedgerException;

    /** Whether this ledger signs digests of its chain head for the regulator to keep. */
    boolean signsDigests();

    /** A signed digest of the chain head; empty while there is no block, or when the ledger signs none. */
    Optional<ChainDigest> digest() throws LedgerException;

    /** Checks a digest kept earlier against the chain now: the kept block must still be there, unchanged. */
    DigestReport checkDigest(ChainDigest kept) throws LedgerException;
}
