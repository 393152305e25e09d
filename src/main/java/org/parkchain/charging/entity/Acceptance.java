package org.parkchain.charging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A station's signed acceptance of (part of) a P2P offer: {@code kw} per slot over the offer's whole range at the
 * posted price. Its fills (two per slot: one for each side) move the rights.
 */
@Entity
@Table(name = "charging_acceptance")
public class Acceptance {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id", nullable = false)
    private Long offerId;

    @Column(name = "station_id", nullable = false)
    private Long stationId;

    @Column(nullable = false)
    private BigDecimal kw;

    @Column(name = "accepted_by", nullable = false)
    private String acceptedBy;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(nullable = false)
    private String signature;

    @Column(name = "signer_fingerprint", nullable = false)
    private String signerFingerprint;

    protected Acceptance() {
    }

    public Acceptance(long offerId, long stationId, BigDecimal kw, String acceptedBy, Instant acceptedAt,
                      String signature, String signerFingerprint) {
        this.offerId = offerId;
        this.stationId = stationId;
        this.kw = kw;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
        this.signature = signature;
        this.signerFingerprint = signerFingerprint;
    }

    public Long getId() {
        return id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getStationId() {
        return stationId;
    }

    public BigDecimal getKw() {
        return kw;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getSignature() {
        return signature;
    }

    public String getSignerFingerprint() {
        return signerFingerprint;
    }
}
