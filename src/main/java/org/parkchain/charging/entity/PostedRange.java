package org.parkchain.charging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.parkchain.charging.control.SlotTimes;

/**
 * What an order and an offer have in common: a station's signed wish to buy or sell the same kW of right in every
 * slot of a range on one transformer's day, at one price (CNY per kWh of right).
 */
@MappedSuperclass
public abstract class PostedRange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "transformer_id", nullable = false)
    private Long transformerId;

    @Column(nullable = false)
    private LocalDate day;

    @Column(name = "station_id", nullable = false)
    private Long stationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;

    @Column(name = "from_slot", nullable = false)
    private int fromSlot;

    @Column(name = "to_slot", nullable = false)
    private int toSlot;

    @Column(name = "quantity_kw", nullable = false)
    private BigDecimal quantityKw;

    @Column(nullable = false)
    private BigDecimal price;

    @Column(nullable = false)
    private String signature;

    @Column(name = "signer_fingerprint", nullable = false)
    private String signerFingerprint;

    protected PostedRange() {
    }

    protected PostedRange(long transformerId, long stationId, LocalDate day, Side side, int fromSlot, int toSlot,
                          BigDecimal quantityKw, BigDecimal price, String signature, String signerFingerprint) {
        this.transformerId = transformerId;
        this.stationId = stationId;
        this.day = day;
        this.side = side;
        this.fromSlot = fromSlot;
        this.toSlot = toSlot;
        this.quantityKw = quantityKw;
        this.price = price;
        this.signature = signature;
        this.signerFingerprint = signerFingerprint;
    }

    /** Signed by {@code username} at {@code at}: who placed or posted it. */
    public abstract String postedBy();

    public abstract Instant postedAt();

    public Long getId() {
        return id;
    }

    public Long getTransformerId() {
        return transformerId;
    }

    public LocalDate getDay() {
        return day;
    }

    public Long getStationId() {
        return stationId;
    }

    public Side getSide() {
        return side;
    }

    public int getFromSlot() {
        return fromSlot;
    }

    public int getToSlot() {
        return toSlot;
    }

    public String getFrom() {
        return SlotTimes.label(fromSlot);
    }

    public String getTo() {
        return SlotTimes.label(toSlot);
    }

    public boolean covers(int slot) {
        return slot >= fromSlot && slot < toSlot;
    }

    public BigDecimal getQuantityKw() {
        return quantityKw;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getSignature() {
        return signature;
    }

    public String getSignerFingerprint() {
        return signerFingerprint;
    }
}
