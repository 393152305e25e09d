/**
 * The embedded ledger adapter (the default): the audit contract executed over PostgreSQL in append-only,
 * hash-chained, signed blocks; the node key from its key store, the chain verifier, and chain digests. May import
 * the ledger's control and contract and platform.
 */
package org.parkchain.ledger.embedded;
