package org.parkchain.platform.persistence;

/**
 * Every PostgreSQL advisory lock the application takes, in one place, so that no two uses share a number (two
 * starting nodes once waited forever because the demo loader took the mirror drainer's lock). Locks are taken per
 * transaction ({@code pg_advisory_xact_lock}) unless the user says otherwise.
 */
public enum AdvisoryLock {
    /** Loading the demo park into an empty database (all demo steps, one node at a time). */
    DEMO_PARK(7001),
    /** The one ledger mirror drainer across nodes (a session lock, held while draining). */
    MIRROR_DRAINER(7002),
    /** Appending a block to the embedded ledger. */
    EMBEDDED_CHAIN(7003),
    /** Signing a new certificate revocation list. */
    CRL(7010),
    /** The one-time security baseline of a database from before schema 009. */
    SECURITY_BASELINE(7011),
    /** The one-time ledger baseline of a park topology from before schema 011. */
    TOPOLOGY_BASELINE(7012),
    /** The one submitter of private data to the ledger across nodes (per transaction). */
    PRIVATE_SUBMISSIONS(7013),
    /** One allocation run per transformer and day across nodes (with the transformer id as the second key). */
    CHARGING_ALLOCATION(7014),
    /** Trading a transformer's charging rights (second key: the transformer): orders, offers, clearings. */
    CHARGING_TRADING(7015);

    private final long id;

    AdvisoryLock(long id) {
        this.id = id;
    }

    public long id() {
        return id;
    }
}
