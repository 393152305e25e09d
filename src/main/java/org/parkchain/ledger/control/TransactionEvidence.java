package org.parkchain.ledger.control;

import jakarta.json.JsonObject;

/**
 * Evidence that a ledger transaction was committed, in the ledger's own format: for the embedded ledger the
 * transaction with its signed block header ({@value #EMBEDDED_BLOCK}); for Fabric the processed transaction as the
 * peers keep it, with its endorsements and validation code ({@value #FABRIC_TRANSACTION}). {@link EvidenceCheck}
 * checks either offline.
 *
 * @param name    what the evidence is called in an audit proof ({@code block}, {@code transaction})
 * @param content the evidence itself
 */
public record TransactionEvidence(String format, String name, JsonObject content) {
    public static final String EMBEDDED_BLOCK = "parkchain-embedded-block/1";
    public static final String FABRIC_TRANSACTION = "fabric-processed-transaction/1";
}
