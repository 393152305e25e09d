package org.parkchain.charging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A signed order in the call market: it takes part, with its quantity and limit price, in the auction of every slot
 * of its range at the next clearing of its transformer's day, and is then {@code CLEARED} (its fills record what it
 * got); before that its operator may cancel it (signed too).
 */
@Entity
@Table(name = "charging_order")
public class TradeOrder extends PostedRange {
    public enum Status {
        OPEN, CLEARED, CANCELLED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "placed_by", nullable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_signature")
    private String cancelSignature;

    @Column(name = "clearing_id")
    private Long clearingId;

    protected TradeOrder() {
    }

    public TradeOrder(long transformerId, long stationId, LocalDate day, Side side, int fromSlot, int toSlot,
                      BigDecimal quantityKw, BigDecimal price, String placedBy, Instant placedAt, String signature,
                      String signerFingerprint) {
        super(transformerId, stationId, day, side, fromSlot, toSlot, quantityKw, price, signature, signerFingerprint);
        this.status = Status.OPEN;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    public void cancel(Instant at, String signature) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("order " + getId() + " is " + status);
        }
        status = Status.CANCELLED;
        cancelledAt = at;
        cancelSignature = signature;
    }

    public void cleared(long clearing) {
        status = Status.CLEARED;
        clearingId = clearing;
    }

    @Override
    public String postedBy() {
        return placedBy;
    }

    @Override
    public Instant postedAt() {
        return placedAt;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelSignature() {
        return cancelSignature;
    }

    public Long getClearingId() {
        return clearingId;
    }
}
