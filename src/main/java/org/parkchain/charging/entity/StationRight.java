package org.parkchain.charging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A station's charging rights in one allocation run: kW per slot, what it asked and what it was served. */
@Embeddable
public class StationRight {
    @Column(name = "station_id", nullable = false)
    private Long stationId;

    @Column(name = "requirement_id", nullable = false)
    private Long requirementId;

    @Convert(converter = SlotFigures.class)
    @Column(nullable = false)
    private double[] kw;

    @Column(name = "requested_kwh", nullable = false)
    private BigDecimal requestedKwh;

    @Column(name = "served_kwh", nullable = false)
    private BigDecimal servedKwh;

    /** Slots (0..95, comma-separated, or empty) where the station's guaranteed minimum was not admitted. */
    @Column(name = "not_admitted", nullable = false)
    private String notAdmitted;

    protected StationRight() {
    }

    public StationRight(long stationId, long requirementId, double[] kw, BigDecimal requestedKwh,
                        BigDecimal servedKwh, boolean[] notAdmitted) {
        this.stationId = stationId;
        this.requirementId = requirementId;
        this.kw = kw.clone();
        this.requestedKwh = requestedKwh;
        this.servedKwh = servedKwh;
        StringBuilder slots = new StringBuilder();
        for (int t = 0; t < notAdmitted.length; t++) {
            if (notAdmitted[t]) {
                slots.append(slots.isEmpty() ? "" : ",").append(t);
            }
        }
        this.notAdmitted = slots.toString();
    }

    public Long getStationId() {
        return stationId;
    }

    public Long getRequirementId() {
        return requirementId;
    }

    public double[] kw() {
        return kw.clone();
    }

    public BigDecimal getRequestedKwh() {
        return requestedKwh;
    }

    public BigDecimal getServedKwh() {
        return servedKwh;
    }

    /** Served share of the request, 0..1. */
    public double share() {
        return requestedKwh.signum() == 0 ? 1 : servedKwh.doubleValue() / requestedKwh.doubleValue();
    }

    public double unmetKwh() {
        return Math.max(0, requestedKwh.doubleValue() - servedKwh.doubleValue());
    }

    public boolean[] notAdmitted() {
        boolean[] slots = new boolean[96];
        if (!notAdmitted.isEmpty()) {
            for (String s : notAdmitted.split(",")) {
                slots[Integer.parseInt(s)] = true;
            }
        }
        return slots;
    }

    public String getNotAdmitted() {
        return notAdmitted;
    }
}
