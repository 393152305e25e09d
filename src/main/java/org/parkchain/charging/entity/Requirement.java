package org.parkchain.charging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.parkchain.charging.control.FairAllocation;
import org.parkchain.charging.control.SlotTimes;

/**
 * A station's charging requirement for a day, signed by its operator with a market certificate. One per station and
 * day: a new submission before gate closure replaces the figures (and the signature) of the last one.
 */
@Entity
@Table(name = "charging_requirement")
public class Requirement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false)
    private Long stationId;

    @Column(nullable = false)
    private LocalDate day;

    @Column(name = "energy_kwh", nullable = false)
    private BigDecimal energyKwh;

    @Column(name = "min_kw", nullable = false)
    private BigDecimal minKw;

    @Column(name = "max_kw", nullable = false)
    private BigDecimal maxKw;

    @Column(name = "arrival_slot", nullable = false)
    private int arrivalSlot;

    @Column(name = "departure_slot", nullable = false)
    private int departureSlot;

    @Column(nullable = false)
    private int willingness;

    @Column(name = "flexible_share", nullable = false)
    private BigDecimal flexibleShare;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private String signature;

    @Column(name = "signer_fingerprint", nullable = false)
    private String signerFingerprint;

    protected Requirement() {
    }

    public Requirement(long stationId, LocalDate day) {
        this.stationId = stationId;
        this.day = day;
    }

    /** Takes a checked form's figures with the signature over them. */
    public void submit(RequirementForm f, String by, Instant at, String signature, String fingerprint) {
        this.energyKwh = f.energyKwh();
        this.minKw = f.minKw();
        this.maxKw = f.maxKw();
        this.arrivalSlot = SlotTimes.parse(f.arrival());
        this.departureSlot = SlotTimes.parse(f.departure());
        this.willingness = f.willingness();
        this.flexibleShare = f.flexibleShare();
        this.submittedBy = by;
        this.submittedAt = at;
        this.signature = signature;
        this.signerFingerprint = fingerprint;
    }

    /** What the allocation reads. */
    public FairAllocation.Request request() {
        return new FairAllocation.Request(energyKwh.doubleValue(), minKw.doubleValue(), maxKw.doubleValue(),
                arrivalSlot, departureSlot, willingness);
    }

    /** The requirement as its form, to edit. */
    public RequirementForm form() {
        return new RequirementForm(stationId, day, energyKwh, minKw, maxKw, getArrival(), getDeparture(), willingness,
                flexibleShare);
    }

    public Long getId() {
        return id;
    }

    public Long getStationId() {
        return stationId;
    }

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getEnergyKwh() {
        return energyKwh;
    }

    public BigDecimal getMinKw() {
        return minKw;
    }

    public BigDecimal getMaxKw() {
        return maxKw;
    }

    public int getArrivalSlot() {
        return arrivalSlot;
    }

    public int getDepartureSlot() {
        return departureSlot;
    }

    public String getArrival() {
        return SlotTimes.label(arrivalSlot);
    }

    public String getDeparture() {
        return SlotTimes.label(departureSlot);
    }

    public int getWillingness() {
        return willingness;
    }

    public BigDecimal getFlexibleShare() {
        return flexibleShare;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSignature() {
        return signature;
    }

    public String getSignerFingerprint() {
        return signerFingerprint;
    }
}
