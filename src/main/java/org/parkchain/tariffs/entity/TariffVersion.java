package org.parkchain.tariffs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TariffJson;

/**
 * One saved version of the park's catalog (regulated) tariff. Business rules: versions are never changed, the newest
 * is in force; bills name the version they were compared with.
 */
@Entity
@Table(name = "agreements_tariff")
public class TariffVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int granularity;

    @Column(nullable = false)
    private String document;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TariffVersion() {
    }

    public TariffVersion(CatalogTariff tariff, int granularity, String createdBy, Instant createdAt) {
        this.granularity = granularity;
        this.document = CanonicalJson.write(TariffJson.write(tariff, granularity));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public CatalogTariff tariff() {
        return TariffJson.read(CanonicalJson.parseObject(document));
    }

    public Long getId() {
        return id;
    }

    public int getGranularity() {
        return granularity;
    }

    public String getDocument() {
        return document;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
