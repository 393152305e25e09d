package org.parkchain.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A monthly bill under an agreement, priced from the meter readings of the days the agreement was in force with the
 * same calculator the recommendation uses. Business rules: one bill per agreement and month, never changed once
 * issued; it shows what the catalog tariff would have charged for the same readings.
 */
@Entity
@Table(name = "agreements_bill")
public class Bill {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "sales_participant_id", nullable = false)
    private long salesParticipantId;

    @Column(nullable = false)
    private LocalDate month;

    @Column(nullable = false)
    private String kwh;

    @Column(name = "total_kwh", nullable = false)
    private BigDecimal totalKwh;

    @Column(nullable = false)
    private BigDecimal energy;

    @Column(nullable = false)
    private BigDecimal penalty;

    @Column(nullable = false)
    private BigDecimal fees;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "catalog_cost", nullable = false)
    private BigDecimal catalogCost;

    @Column(name = "tariff_id", nullable = false)
    private long tariffId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Bill() {
    }

    /**
     * @param agreementId the agreement billed, between the resident {@code participantId} and the sales company
     */
    public Bill(long agreementId, long participantId, long salesParticipantId, LocalDate month, String kwh,
                BigDecimal totalKwh, BigDecimal energy, BigDecimal penalty, BigDecimal fees, BigDecimal catalogCost,
                long tariffId, Instant issuedAt) {
        this.agreementId = agreementId;
        this.participantId = participantId;
        this.salesParticipantId = salesParticipantId;
        this.month = month;
        this.kwh = kwh;
        this.totalKwh = totalKwh;
        this.energy = energy;
        this.penalty = penalty;
        this.fees = fees;
        this.total = energy.add(penalty).add(fees);
        this.catalogCost = catalogCost;
        this.tariffId = tariffId;
        this.issuedAt = issuedAt;
    }

    public Long getId() {
        return id;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public long getParticipantId() {
        return participantId;
    }

    public long getSalesParticipantId() {
        return salesParticipantId;
    }

    public LocalDate getMonth() {
        return month;
    }

    public String getKwh() {
        return kwh;
    }

    public BigDecimal getTotalKwh() {
        return totalKwh;
    }

    public BigDecimal getEnergy() {
        return energy;
    }

    public BigDecimal getPenalty() {
        return penalty;
    }

    public BigDecimal getFees() {
        return fees;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getCatalogCost() {
        return catalogCost;
    }

    public long getTariffId() {
        return tariffId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    /** What the resident saved against the catalog tariff (negative when the plan cost more). */
    public BigDecimal getSaving() {
        return catalogCost.subtract(total);
    }
}
