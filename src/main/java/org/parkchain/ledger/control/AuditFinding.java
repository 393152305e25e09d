package org.parkchain.ledger.control;

/** One discrepancy between the database and the ledger. */
public record AuditFinding(Kind kind, String aggregateId, String entryId, String type, String batchId, String detail) {

    /** What went wrong, grouped as the regulator reads it: mismatched, missing or extra. */
    public enum Kind {
        /** The business row differs from its last recorded state. */
        RECORD_CHANGED(Category.MISMATCHED),
        /** The outbox entry no longer hashes to what the ledger recorded. */
        ENTRY_ALTERED(Category.MISMATCHED),
        /** The entry is on the ledger but its Merkle inclusion proof does not check out. */
        PROOF_INVALID(Category.MISMATCHED),
        /** A business row that has no audit record at all. */
        RECORD_UNRECORDED(Category.MISSING),
        /** A recorded aggregate whose business row is gone. */
        RECORD_DELETED(Category.MISSING),
        /** The database says the entry was mirrored but the ledger does not have it. */
        MISSING_ON_LEDGER(Category.MISSING),
        /** The ledger holds an entry the database does not know. */
        EXTRA_ON_LEDGER(Category.EXTRA);

        private final Category category;

        Kind(Category category) {
            this.category = category;
        }

        public Category category() {
            return category;
        }
    }

    public enum Category { MISMATCHED, MISSING, EXTRA }
}
