package org.parkchain.charging.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One allocation run: a transformer's day, the base load and margin it used, and the stations' rights. There is at
 * most one per transformer and day (the database's unique key), and it is never changed afterwards (stage 2's trades
 * are recorded beside it).
 */
@Entity
@Table(name = "charging_allocation")
public class Allocation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "transformer_id", nullable = false)
    private Long transformerId;

    @Column(nullable = false)
    private LocalDate day;

    /** The limit charging works under: {@code S·cosφ − reserve}, kW. */
    @Column(name = "limit_kw", nullable = false)
    private BigDecimal limitKw;

    @Convert(converter = SlotFigures.class)
    @Column(name = "base_load_kw", nullable = false)
    private double[] baseLoadKw;

    /** Where the base load came from: the day's CSV ({@code DAY}), a day-type profile, or {@code BUILT_IN}. */
    @Column(name = "base_load_from", nullable = false)
    private String baseLoadFrom;

    @Convert(converter = SlotFigures.class)
    @Column(name = "margin_kw", nullable = false)
    private double[] marginKw;

    @Column(name = "rights_root", nullable = false)
    private String rightsRoot;

    @Column(nullable = false)
    private BigDecimal jain;

    @Column(name = "run_at", nullable = false)
    private Instant runAt;

    @Column(name = "run_by", nullable = false)
    private String runBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "charging_right", joinColumns = @JoinColumn(name = "allocation_id"))
    @OrderBy("stationId")
    private List<StationRight> rights = new ArrayList<>();

    protected Allocation() {
    }

    public Allocation(long transformerId, LocalDate day, BigDecimal limitKw, double[] baseLoadKw, String baseLoadFrom,
                      double[] marginKw, List<StationRight> rights, String rightsRoot, double jain, String runBy,
                      Instant runAt) {
        this.transformerId = transformerId;
        this.day = day;
        this.limitKw = limitKw;
        this.baseLoadKw = baseLoadKw.clone();
        this.baseLoadFrom = baseLoadFrom;
        this.marginKw = marginKw.clone();
        this.rights = new ArrayList<>(rights);
        this.rightsRoot = rightsRoot;
        this.jain = BigDecimal.valueOf(jain).setScale(6, java.math.RoundingMode.HALF_EVEN);
        this.runBy = runBy;
        this.runAt = runAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTransformerId() {
        return transformerId;
    }

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getLimitKw() {
        return limitKw;
    }

    public double[] baseLoadKw() {
        return baseLoadKw.clone();
    }

    public String getBaseLoadFrom() {
        return baseLoadFrom;
    }

    public double[] marginKw() {
        return marginKw.clone();
    }

    public String getRightsRoot() {
        return rightsRoot;
    }

    public BigDecimal getJain() {
        return jain;
    }

    public Instant getRunAt() {
        return runAt;
    }

    public String getRunBy() {
        return runBy;
    }

    public List<StationRight> getRights() {
        return List.copyOf(rights);
    }

    /** Sum of the rights per slot, kW. */
    public double[] totalKw() {
        double[] total = new double[marginKw.length];
        for (StationRight r : rights) {
            double[] kw = r.kw();
            for (int t = 0; t < total.length; t++) {
                total[t] += kw[t];
            }
        }
        return total;
    }

    public double unmetKwh() {
        return rights.stream().mapToDouble(StationRight::unmetKwh).sum();
    }
}
