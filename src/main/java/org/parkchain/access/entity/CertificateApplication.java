package org.parkchain.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A participant's application for a market certificate. Business rules: it names the organisation and, where the
 * participant type needs one, the licence; it carries the public key to certify (from the participant's CSR, or from
 * a key pair generated and held for the participant); the regulator approves it, or rejects it with a reason; a
 * decided application is final.
 */
@Entity
@Table(name = "access_application")
public class CertificateApplication {
    public enum Status { PENDING, APPROVED, REJECTED }

    public enum KeySource { CSR, GENERATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(nullable = false)
    private String applicant;

    @Column(nullable = false)
    private String organisation;

    @Column(name = "licence_number")
    private String licenceNumber;

    @Column(name = "licence_expiry")
    private LocalDate licenceExpiry;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_source", nullable = false)
    private KeySource keySource;

    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    private String reason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "renewal_of")
    private Long renewalOf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CertificateApplication() {
    }

    public CertificateApplication(long participantId, String applicant, String organisation, String licenceNumber,
                                  LocalDate licenceExpiry, KeySource keySource, byte[] publicKey, Long renewalOf,
                                  Instant createdAt) {
        this.participantId = participantId;
        this.applicant = applicant;
        this.organisation = organisation;
        this.licenceNumber = licenceNumber;
        this.licenceExpiry = licenceExpiry;
        this.keySource = keySource;
        this.publicKey = publicKey.clone();
        this.renewalOf = renewalOf;
        this.createdAt = createdAt;
    }

    public void approve(String regulator, Instant at) {
        decide(Status.APPROVED, null, regulator, at);
    }

    public void reject(String regulator, String why, Instant at) {
        decide(Status.REJECTED, why, regulator, at);
    }

    private void decide(Status outcome, String why, String regulator, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("application " + id + " is already " + status);
        }
        status = outcome;
        reason = why;
        decidedBy = regulator;
        decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getParticipantId() {
        return participantId;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getLicenceExpiry() {
        return licenceExpiry;
    }

    public KeySource getKeySource() {
        return keySource;
    }

    public byte[] getPublicKey() {
        return publicKey.clone();
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getRenewalOf() {
        return renewalOf;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
