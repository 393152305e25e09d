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
import org.parkchain.identity.entity.ParticipantId;

/** An EV charging station on one transformer, run by a station operator (referred to by participant id). */
@Entity
@Table(name = "charging_station")
public class ChargingStation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "transformer_id", nullable = false)
    private Long transformerId;

    @Column(name = "operator_participant_id", nullable = false)
    private Long operatorParticipantId;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "max_power_kw", nullable = false)
    private BigDecimal maxPowerKw;

    @Column(nullable = false)
    private int connectors;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChargingStation() {
    }

    public ChargingStation(StationSpec spec, Instant createdAt) {
        this.createdAt = createdAt;
        update(spec);
    }

    /** Takes the (checked, normalised) spec's transformer, operator, code, names and figures. */
    public void update(StationSpec spec) {
        this.transformerId = spec.transformerId();
        this.operatorParticipantId = spec.operator().value();
        this.code = spec.code();
        this.nameEn = spec.nameEn();
        this.nameZh = spec.nameZh();
        this.maxPowerKw = spec.maxPowerKw();
        this.connectors = spec.connectors();
    }

    /** The station as a spec, to edit. */
    public StationSpec spec() {
        return new StationSpec(transformerId, operator(), code, nameEn, nameZh, maxPowerKw, connectors);
    }

    public ParticipantId operator() {
        return ParticipantId.of(operatorParticipantId);
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

    public Long getTransformerId() {
        return transformerId;
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

    public BigDecimal getMaxPowerKw() {
        return maxPowerKw;
    }

    public int getConnectors() {
        return connectors;
    }
}
