package org.parkchain.charging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A signed offer on the P2P board: kW of right per slot over a range at a posted price, to buy or to sell. A station
 * on the same transformer (one of the preferred partners, when named) accepts all or part of what remains, at the
 * posted price, in every slot of the range; once nothing remains it is {@code TAKEN}. Its operator may withdraw it.
 */
@Entity
@Table(name = "charging_offer")
public class Offer extends PostedRange {
    public enum Status {
        OPEN, TAKEN, WITHDRAWN
    }

    @Column(name = "remaining_kw", nullable = false)
    private BigDecimal remainingKw;

    /** Preferred partners' station ids, comma-separated; empty when every station on the transformer may accept. */
    @Column(nullable = false)
    private String partners;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "posted_by", nullable = false)
    private String postedBy;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdraw_signature")
    private String withdrawSignature;

    protected Offer() {
    }

    public Offer(long transformerId, long stationId, LocalDate day, Side side, int fromSlot, int toSlot,
                 BigDecimal quantityKw, BigDecimal price, List<Long> partners, String postedBy, Instant postedAt,
                 String signature, String signerFingerprint) {
        super(transformerId, stationId, day, side, fromSlot, toSlot, quantityKw, price, signature, signerFingerprint);
        this.remainingKw = quantityKw;
        this.partners = partners.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.status = Status.OPEN;
        this.postedBy = postedBy;
        this.postedAt = postedAt;
    }

    /** Takes {@code kw} of what remains (the caller has checked it remains). */
    public void take(BigDecimal kw) {
        if (status != Status.OPEN || kw.compareTo(remainingKw) > 0) {
            throw new IllegalStateException("offer " + getId() + " cannot give " + kw);
        }
        remainingKw = remainingKw.subtract(kw);
        if (remainingKw.signum() == 0) {
            status = Status.TAKEN;
        }
    }

    public void withdraw(Instant at, String signature) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("offer " + getId() + " is " + status);
        }
        status = Status.WITHDRAWN;
        withdrawnAt = at;
        withdrawSignature = signature;
    }

    /** Whether a station may see and accept it: not its own poster, and a preferred partner when any are named. */
    public boolean openTo(long station) {
        return station != getStationId() && (partners.isEmpty() || partnerIds().contains(station));
    }

    public List<Long> partnerIds() {
        return partners.isEmpty() ? List.of() : Arrays.stream(partners.split(",")).map(Long::valueOf).toList();
    }

    @Override
    public String postedBy() {
        return postedBy;
    }

    @Override
    public Instant postedAt() {
        return postedAt;
    }

    public BigDecimal getRemainingKw() {
        return remainingKw;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawSignature() {
        return withdrawSignature;
    }
}
