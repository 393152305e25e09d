/**
 * The Hyperledger Fabric adapter: the fabric-gateway client connection, its settings and error mapping, and evidence
 * from the peers' qscc. May import the ledger's control and contract and platform.
 */
package org.parkchain.ledger.fabric;
