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
import java.time.Instant;
import java.time.LocalDate;
import org.parkchain.platform.BusinessException;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.TermsJson;

/**
 * A bilateral contract born from an accepted term sheet. Business rules (the two-copy rule): it awaits one committed
 * copy of the terms from each party; it becomes active only with two copies whose hashes are equal, and then holds
 * those terms; a newer term sheet proposed before that supersedes it. An active contract is never changed.
 */
@Entity
@Table(name = "trading_contract")
public class Contract {
    public enum Status { AWAITING, ACTIVE, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(name = "term_sheet_id", nullable = false)
    private long termSheetId;

    @Column(nullable = false)
    private long seller;

    @Column(nullable = false)
    private long buyer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.AWAITING;

    private String terms;

    @Column(name = "terms_hash")
    private String termsHash;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_reference")
    private String recordedReference;

    @Version
    private long version;

    protected Contract() {
    }

    public Contract(long channelId, TermSheet accepted, Instant at) {
        ContractTerms t = accepted.terms();
        this.channelId = channelId;
        this.termSheetId = accepted.getId();
        this.seller = t.sellerId();
        this.buyer = t.buyerId();
        this.createdAt = at;
    }

    public void requireAwaiting() {
        if (status != Status.AWAITING) {
            throw new BusinessException(status == Status.ACTIVE ? "error.trading.contract.active"
                    : "error.trading.contract.superseded");
        }
    }

    /** Both copies hash equal: the contract holds their terms from now on. */
    public void activate(ContractTerms agreed, Instant at) {
        requireAwaiting();
        this.terms = TermsJson.canonical(agreed);
        this.termsHash = TermsJson.hash(agreed);
        this.seller = agreed.sellerId();
        this.buyer = agreed.buyerId();
        this.startsOn = agreed.start();
        this.endsOn = agreed.end();
        this.status = Status.ACTIVE;
        this.activatedAt = at;
    }

    /** A contract signed before ParkChain, recorded by the park admin from {@code reference}: active at once. */
    public static Contract recorded(long channelId, TermSheet sheet, String by, String reference, Instant at) {
        Contract k = new Contract(channelId, sheet, at);
        k.recordedBy = by;
        k.recordedReference = reference;
        k.activate(sheet.terms(), at);
        return k;
    }

    public boolean isRecorded() {
        return recordedBy != null;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getRecordedReference() {
        return recordedReference;
    }

    public void supersede() {
        requireAwaiting();
        status = Status.SUPERSEDED;
    }

    public boolean hasParty(long participant) {
        return seller == participant || buyer == participant;
    }

    public ContractTerms terms() {
        return terms == null ? null : TermsJson.read(terms);
    }

    public Long getId() {
        return id;
    }

    public long getChannelId() {
        return channelId;
    }

    public long getTermSheetId() {
        return termSheetId;
    }

    public long getSeller() {
        return seller;
    }

    public long getBuyer() {
        return buyer;
    }

    public Status getStatus() {
        return status;
    }

    public String getTermsHash() {
        return termsHash;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }
}
