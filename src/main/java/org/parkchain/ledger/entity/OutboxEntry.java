package org.parkchain.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One market-relevant change waiting for, or already carrying, its place on the ledger. Written only in the business
 * transaction that made the change; the mirror worker later fills in batch, leaf index, ledger transaction id and
 * mirror time (with plain SQL, so this entity maps only what the outbox writes).
 */
@Entity
@Table(name = "ledger_outbox")
public class OutboxEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(name = "entry_id", nullable = false, unique = true)
    private UUID entryId;

    @Column(nullable = false)
    private String type;

    @Column(name = "aggregate_id", nullable = false)
    private String aggregateId;

    @Column(nullable = false)
    private String payload;

    @Column(name = "payload_hash", nullable = false)
    private String payloadHash;

    @Column(name = "entry_hash", nullable = false)
    private String entryHash;

    @Column(nullable = false)
    private String actor;

    @Column(name = "signer_fingerprint")
    private String signerFingerprint;

    @Column(name = "committed_at", nullable = false)
    private Instant committedAt;

    protected OutboxEntry() {
    }

    public OutboxEntry(UUID entryId, String type, String aggregateId, String payload, String payloadHash,
                       String entryHash, String actor, String signerFingerprint, Instant committedAt) {
        this.entryId = entryId;
        this.type = type;
        this.aggregateId = aggregateId;
        this.payload = payload;
        this.payloadHash = payloadHash;
        this.entryHash = entryHash;
        this.actor = actor;
        this.signerFingerprint = signerFingerprint;
        this.committedAt = committedAt;
    }

    public UUID getEntryId() {
        return entryId;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
