package org.parkchain.ledger.boundary;

import jakarta.json.JsonObject;

/**
 * A market-relevant change to record: its type (e.g. {@code participant.registered}), the aggregate it changed
 * (e.g. {@code participant:42}) and the aggregate's state after the change, as produced by the feature's
 * {@link AuditedRecords} for the same aggregate, so the verifier can later recompute it from the database row.
 *
 * @param signerFingerprint SHA-256 of the certificate that signed the action, or null for unsigned actions
 */
public record AuditedChange(String type, String aggregateId, JsonObject snapshot, String signerFingerprint) {

    public static AuditedChange of(String type, AuditSnapshot snapshot) {
        return new AuditedChange(type, snapshot.aggregateId(), snapshot.payload(), null);
    }

    public AuditedChange signedBy(String fingerprint) {
        return new AuditedChange(type, aggregateId, snapshot, fingerprint);
    }
}
