package org.parkchain.charging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * A park distribution transformer that feeds charging stations. Its active-power limit is
 * {@code S_rated * cos(phi)}; the reserve is kept back from charging (DOMAIN.md section 3).
 */
@Entity
@Table(name = "transformer")
public class Transformer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false)
    private Long parkId;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "rated_kva", nullable = false)
    private BigDecimal ratedKva;

    @Column(name = "power_factor", nullable = false)
    private BigDecimal powerFactor;

    @Column(name = "reserve_kw", nullable = false)
    private BigDecimal reserveKw;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Transformer() {
    }

    public Transformer(long parkId, TransformerSpec spec, Instant createdAt) {
        this.parkId = parkId;
        this.createdAt = createdAt;
        update(spec);
    }

    /** Takes the (checked, normalised) spec's code, names and figures. */
    public void update(TransformerSpec spec) {
        this.code = spec.code();
        this.nameEn = spec.nameEn();
        this.nameZh = spec.nameZh();
        this.ratedKva = spec.ratedKva();
        this.powerFactor = spec.powerFactor();
        this.reserveKw = spec.reserveKw();
    }

    /** The transformer as a spec, to edit. */
    public TransformerSpec spec() {
        return new TransformerSpec(code, nameEn, nameZh, ratedKva, powerFactor, reserveKw);
    }

    /** Active power the transformer can carry: {@code S_rated * cos(phi)}, in kW. */
    public BigDecimal activePowerLimitKw() {
        return spec().activePowerLimitKw();
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public BigDecimal getRatedKva() {
        return ratedKva;
    }

    public BigDecimal getPowerFactor() {
        return powerFactor;
    }

    public BigDecimal getReserveKw() {
        return reserveKw;
    }
}
