package org.parkchain.ledger.boundary;

import java.util.List;

/**
 * Implemented by every feature that records changes in the outbox: recomputes the audited snapshot of its aggregates
 * from the current database rows, exactly as it did when it recorded the change. The audit verifier compares these
 * with what the ledger holds.
 */
public interface AuditedRecords {
    /** The aggregate id prefix this source answers for, e.g. {@code participant:}. */
    String aggregatePrefix();

    /** Snapshots of every current aggregate of this kind. */
    List<AuditSnapshot> currentSnapshots();
}
