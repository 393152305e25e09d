package org.parkchain.ledger.control;

/** How a transaction id ended on the ledger, as far as the ledger can tell within the wait it was given. */
public enum CommitOutcome {
    /** Committed as valid: its writes are on the ledger. */
    VALID,
    /** Committed in a block but marked invalid (for example an MVCC read conflict): it changed nothing. */
    INVALID,
    /** Not committed within the wait: it never reached the ordering service, or is still on its way. */
    UNKNOWN
}
