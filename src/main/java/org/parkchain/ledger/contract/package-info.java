/**
 * The audit-record contract shared with the Fabric chaincode (compiled into both): batches, entries, Merkle trees
 * and the contract state. May import only org.parkchain.platform.canonical and the JDK, because the chaincode
 * compiles it too.
 */
package org.parkchain.ledger.contract;
