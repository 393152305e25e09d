package org.parkchain.charging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.parkchain.charging.control.DoubleAuction;

/**
 * One clearing of a transformer's day: every open order took part in the auction of each still-tradable slot of its
 * range. Per slot: the price buyers paid and sellers received (−1: no trade) and the kW traded; in total the welfare
 * (gains from trade) and the market's surplus (McAfee), CNY; the fills' Merkle root; and the market's seal over the
 * canonical result.
 */
@Entity
@Table(name = "charging_clearing")
public class Clearing {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "transformer_id", nullable = false)
    private Long transformerId;

    @Column(nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DoubleAuction.Rule rule;

    @Column(nullable = false)
    private BigDecimal kappa;

    @Column(nullable = false)
    private int orders;

    @Convert(converter = SlotFigures.class)
    @Column(name = "buy_price", nullable = false)
    private double[] buyPrice;

    @Convert(converter = SlotFigures.class)
    @Column(name = "sell_price", nullable = false)
    private double[] sellPrice;

    @Convert(converter = SlotFigures.class)
    @Column(name = "traded_kw", nullable = false)
    private double[] tradedKw;

    @Column(name = "welfare_cny", nullable = false)
    private BigDecimal welfareCny;

    @Column(name = "surplus_cny", nullable = false)
    private BigDecimal surplusCny;

    @Column(name = "fills_root", nullable = false)
    private String fillsRoot = "";

    @Column(nullable = false)
    private String seal = "";

    @Column(name = "run_at", nullable = false)
    private Instant runAt;

    @Column(name = "run_by", nullable = false)
    private String runBy;

    protected Clearing() {
    }

    public Clearing(long transformerId, LocalDate day, DoubleAuction.Rule rule, BigDecimal kappa, int orders,
                    double[] buyPrice, double[] sellPrice, double[] tradedKw, BigDecimal welfareCny,
                    BigDecimal surplusCny, String runBy, Instant runAt) {
        this.transformerId = transformerId;
        this.day = day;
        this.rule = rule;
        this.kappa = kappa;
        this.orders = orders;
        this.buyPrice = buyPrice.clone();
        this.sellPrice = sellPrice.clone();
        this.tradedKw = tradedKw.clone();
        this.welfareCny = welfareCny;
        this.surplusCny = surplusCny;
        this.runBy = runBy;
        this.runAt = runAt;
    }

    /** Seals the result once its fills are known: their Merkle root and the market's signature. */
    public void seal(String root, String signature) {
        this.fillsRoot = root;
        this.seal = signature;
    }

    public double tradedKwh() {
        double kwh = 0;
        for (double kw : tradedKw) {
            kwh += kw * 0.25;
        }
        return kwh;
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

    public DoubleAuction.Rule getRule() {
        return rule;
    }

    public BigDecimal getKappa() {
        return kappa;
    }

    public int getOrders() {
        return orders;
    }

    public double[] buyPrice() {
        return buyPrice.clone();
    }

    public double[] sellPrice() {
        return sellPrice.clone();
    }

    public double[] tradedKw() {
        return tradedKw.clone();
    }

    public BigDecimal getWelfareCny() {
        return welfareCny;
    }

    public BigDecimal getSurplusCny() {
        return surplusCny;
    }

    public String getFillsRoot() {
        return fillsRoot;
    }

    public String getSeal() {
        return seal;
    }

    public Instant getRunAt() {
        return runAt;
    }

    public String getRunBy() {
        return runBy;
    }
}
