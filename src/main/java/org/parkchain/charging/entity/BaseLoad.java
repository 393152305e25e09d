package org.parkchain.charging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A transformer's base-load forecast, kW per slot: for one day ({@code appliesTo} an ISO date, imported from CSV) or
 * the default profile of a day type ({@link #WORKDAY}, {@link #WEEKEND}). A day's forecast is its own, else its day
 * type's profile, else the built-in {@link org.parkchain.charging.control.DefaultBaseLoad}.
 */
@Entity
@Table(name = "charging_base_load")
public class BaseLoad {
    public static final String WORKDAY = "WORKDAY";
    public static final String WEEKEND = "WEEKEND";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "transformer_id", nullable = false)
    private Long transformerId;

    @Column(name = "applies_to", nullable = false)
    private String appliesTo;

    @Convert(converter = SlotFigures.class)
    @Column(nullable = false)
    private double[] kw;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected BaseLoad() {
    }

    public BaseLoad(long transformerId, String appliesTo) {
        this.transformerId = transformerId;
        this.appliesTo = appliesTo;
    }

    public void replace(double[] figures, String by, Instant at) {
        this.kw = figures.clone();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getTransformerId() {
        return transformerId;
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public double[] kw() {
        return kw.clone();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
