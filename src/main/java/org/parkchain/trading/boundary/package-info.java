/**
 * Bilateral trading's transactions: one {@code @Stateless} per capability (channels, negotiation, commitments,
 * deliveries, settlements, positions, oversight). Every read and write checks membership first; a non-member is told
 * the channel does not exist. May import this feature's control and entity, other features' boundaries, control and
 * entities, the outbox and platform; never a web class.
 */
package org.parkchain.trading.boundary;
