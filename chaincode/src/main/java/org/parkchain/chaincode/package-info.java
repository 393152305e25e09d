/**
 * The ParkChain audit-record chaincode for Hyperledger Fabric: contract {@code audit} ({@link
 * org.parkchain.chaincode.AuditContract}), through which the WAR's ledger mirror records its Merkle-rooted outbox
 * batches and regulators' audit tools read them back. It is a thin adapter: the semantics are those of {@link
 * org.parkchain.ledger.contract.AuditRecords} and the canonical JSON and hashes of {@code org.parkchain.platform.canonical},
 * compiled in from the WAR's sources so that the chaincode and the embedded
 * ledger execute one definition; {@link org.parkchain.chaincode.StubContractState} maps its state onto the chaincode
 * stub. Built as a runnable jar whose main class is Fabric's {@code ContractRouter}, to run as a chaincode service.
 */
package org.parkchain.chaincode;
