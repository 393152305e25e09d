package org.parkchain.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sales company's countersigning rule. Business rule: with auto-accept on, a resident's signature is countersigned
 * at once when the resident's annual consumption is at most {@code maxAnnualKwh} (or any consumption, when no limit
 * is set); otherwise, and without a rule, the company countersigns by hand.
 */
@Entity
@Table(name = "agreements_sales_rule")
public class SalesRule {
    @Id
    @Column(name = "sales_participant_id")
    private Long salesParticipantId;

    @Column(name = "auto_accept", nullable = false)
    private boolean autoAccept;

    @Column(name = "max_annual_kwh")
    private BigDecimal maxAnnualKwh;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SalesRule() {
    }

    public SalesRule(long salesParticipantId) {
        this.salesParticipantId = salesParticipantId;
    }

    public void set(boolean autoAccept, BigDecimal maxAnnualKwh, String by, Instant at) {
        this.autoAccept = autoAccept;
        this.maxAnnualKwh = autoAccept ? maxAnnualKwh : null;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean accepts(double annualKwh) {
        return autoAccept && (maxAnnualKwh == null || annualKwh <= maxAnnualKwh.doubleValue());
    }

    public Long getSalesParticipantId() {
        return salesParticipantId;
    }

    public boolean isAutoAccept() {
        return autoAccept;
    }

    public BigDecimal getMaxAnnualKwh() {
        return maxAnnualKwh;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
