package org.parkchain.ledger.control;

import jakarta.json.JsonObject;

/**
 * A market-relevant change to record: its type (e.g. {@code participant.registered}), the aggregate it changed
 * (e.g. {@code participant:42}) and the aggregate's state after the change, as its {@link AuditedAggregate} declares
 * it, so the verifier can later recompute it from the database row. Features record through {@link AuditEvent}s.
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
