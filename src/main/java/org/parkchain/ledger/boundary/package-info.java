/**
 * Transactions of the ledger mirror: the stateless boundaries (and start-up singletons) where every transaction of
 * the feature begins, and what other features call. May import this feature's control and entity, other features'
 * boundaries, control and entities, the ledger's outbox and platform; never a web class.
 */
package org.parkchain.ledger.boundary;
