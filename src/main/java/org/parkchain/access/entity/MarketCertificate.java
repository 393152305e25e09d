package org.parkchain.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A certificate the market CA issued to a participant. Business rules: it is valid between its dates unless revoked;
 * revocation is final, takes a RFC 5280 reason code, and takes effect on the next request (the verifier reads this
 * row, and the CRL is regenerated in the same transaction).
 */
@Entity
@Table(name = "access_certificate")
public class MarketCertificate {
    /** RFC 5280 reason codes a regulator may give: unspecified, key compromise, affiliation changed, superseded,
     * cessation of operation, privilege withdrawn. */
    public static final List<Integer> REVOCATION_REASONS = List.of(0, 1, 3, 4, 5, 9);
    /** RFC 5280 keyCompromise: the private key may be in other hands, so signatures made with it prove nothing. */
    public static final int KEY_COMPROMISE = 1;

    /** The values of {@link #statusAt}. */
    public static final List<String> STATUSES = List.of("VALID", "EXPIRED", "REVOKED", "NOT_YET_VALID");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(nullable = false)
    private String serial;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String fingerprint;

    @Column(nullable = false)
    private String pem;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason")
    private Integer revocationReason;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Version
    private long version;

    protected MarketCertificate() {
    }

    public MarketCertificate(long applicationId, long participantId, String serial, String role, String subject,
                             String fingerprint, String pem, Instant notBefore, Instant notAfter, Instant issuedAt) {
        this.applicationId = applicationId;
        this.participantId = participantId;
        this.serial = serial;
        this.role = role;
        this.subject = subject;
        this.fingerprint = fingerprint;
        this.pem = pem;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.issuedAt = issuedAt;
    }

    public void revoke(int reason, String regulator, Instant at) {
        if (revokedAt != null) {
            throw new IllegalStateException("certificate " + id + " is already revoked");
        }
        revokedAt = at;
        revocationReason = reason;
        revokedBy = regulator;
    }

    /** VALID, EXPIRED, NOT_YET_VALID or REVOKED at the given time (the words pages show translated). */
    /** Revoked because its key may be in other hands (RFC 5280 keyCompromise). */
    public boolean revokedForKeyCompromise() {
        return revokedAt != null && revocationReason != null && revocationReason == KEY_COMPROMISE;
    }

    public String statusAt(Instant now) {
        if (revokedAt != null) {
            return "REVOKED";
        }
        if (now.isAfter(notAfter)) {
            return "EXPIRED";
        }
        return now.isBefore(notBefore) ? "NOT_YET_VALID" : "VALID";
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getParticipantId() {
        return participantId;
    }

    public String getSerial() {
        return serial;
    }

    public String getRole() {
        return role;
    }

    public String getSubject() {
        return subject;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getPem() {
        return pem;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public Instant getNotAfter() {
        return notAfter;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Integer getRevocationReason() {
        return revocationReason;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
