package org.parkchain.trading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.parkchain.platform.BusinessException;

/**
 * A contract's monthly settlement statement. Business rules: each party confirms it once, signed; with both
 * confirmations it is confirmed; either party may dispute it with a reason while it awaits, which puts it on the
 * regulator's list; new delivery figures replace an awaiting or disputed statement (the old one stays readable), never
 * a statement a party has confirmed.
 */
@Entity
@Table(name = "trading_statement")
public class Statement {
    public enum Status { AWAITING, CONFIRMED, DISPUTED, REPLACED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(nullable = false)
    private LocalDate month;

    @Column(nullable = false)
    private String figures;

    @Column(name = "figures_hash", nullable = false)
    private String figuresHash;

    @Column(name = "amount_due", nullable = false)
    private BigDecimal amountDue;

    @Column(name = "max_deviation", nullable = false)
    private double maxDeviation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.AWAITING;

    @Column(name = "seller_fingerprint")
    private String sellerFingerprint;

    @Column(name = "seller_signature")
    private String sellerSignature;

    @Column(name = "seller_confirmed_at")
    private Instant sellerConfirmedAt;

    @Column(name = "buyer_fingerprint")
    private String buyerFingerprint;

    @Column(name = "buyer_signature")
    private String buyerSignature;

    @Column(name = "buyer_confirmed_at")
    private Instant buyerConfirmedAt;

    @Column(name = "disputed_by")
    private String disputedBy;

    @Column(name = "dispute_reason")
    private String disputeReason;

    @Column(name = "disputed_at")
    private Instant disputedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Statement() {
    }

    public Statement(long contractId, YearMonth month, String figures, String figuresHash, BigDecimal amountDue,
                     double maxDeviation, Instant at) {
        this.contractId = contractId;
        this.month = month.atDay(1);
        this.figures = figures;
        this.figuresHash = figuresHash;
        this.amountDue = amountDue;
        this.maxDeviation = maxDeviation;
        this.createdAt = at;
    }

    /** A party's signed confirmation; the second one confirms the statement. */
    public void confirm(boolean seller, String signature, String fingerprint, Instant at) {
        if (status != Status.AWAITING) {
            throw new BusinessException("error.statement.notAwaiting");
        }
        if (seller ? sellerConfirmedAt != null : buyerConfirmedAt != null) {
            throw new BusinessException("error.statement.alreadyConfirmed");
        }
        if (seller) {
            sellerSignature = signature;
            sellerFingerprint = fingerprint;
            sellerConfirmedAt = at;
        } else {
            buyerSignature = signature;
            buyerFingerprint = fingerprint;
            buyerConfirmedAt = at;
        }
        if (sellerConfirmedAt != null && buyerConfirmedAt != null) {
            status = Status.CONFIRMED;
        }
    }

    public void dispute(String username, String reason, Instant at) {
        if (status != Status.AWAITING) {
            throw new BusinessException("error.statement.notAwaiting");
        }
        status = Status.DISPUTED;
        disputedBy = username;
        disputeReason = reason;
        disputedAt = at;
    }

    /** Whether new delivery figures may replace this statement: nobody has confirmed it. */
    public boolean replaceable() {
        return sellerConfirmedAt == null && buyerConfirmedAt == null && status != Status.CONFIRMED;
    }

    public void replaced() {
        if (!replaceable()) {
            throw new BusinessException("error.delivery.settled", 0, month().toString(), contractId);
        }
        status = Status.REPLACED;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public String getFigures() {
        return figures;
    }

    public String getFiguresHash() {
        return figuresHash;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public double getMaxDeviation() {
        return maxDeviation;
    }

    public Status getStatus() {
        return status;
    }

    public String getSellerFingerprint() {
        return sellerFingerprint;
    }

    public Instant getSellerConfirmedAt() {
        return sellerConfirmedAt;
    }

    public String getBuyerFingerprint() {
        return buyerFingerprint;
    }

    public Instant getBuyerConfirmedAt() {
        return buyerConfirmedAt;
    }

    public String getDisputedBy() {
        return disputedBy;
    }

    public String getDisputeReason() {
        return disputeReason;
    }

    public Instant getDisputedAt() {
        return disputedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
