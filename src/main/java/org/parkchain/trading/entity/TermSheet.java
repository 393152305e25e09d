package org.parkchain.trading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parkchain.platform.BusinessException;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.TermsJson;

/**
 * One version of the terms under negotiation in a channel. Business rules: versions count up per channel; a new
 * version from the other party counters the open one, a new version from the same party replaces (withdraws) it; only
 * the party that did not propose the open version can accept it; accepted and superseded versions stay readable.
 */
@Entity
@Table(name = "trading_term_sheet")
public class TermSheet {
    public enum Status { PROPOSED, COUNTERED, ACCEPTED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private long participant;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String terms;

    @Column(name = "terms_hash", nullable = false)
    private String termsHash;

    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PROPOSED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected TermSheet() {
    }

    public TermSheet(long channelId, int version, long participant, String username, ContractTerms terms,
                     String comment, Instant at) {
        this.channelId = channelId;
        this.version = version;
        this.participant = participant;
        this.username = username;
        this.terms = TermsJson.canonical(terms);
        this.termsHash = TermsJson.hash(terms);
        this.comment = comment;
        this.createdAt = at;
    }

    /** The terms of a contract signed before ParkChain, recorded by the park admin: accepted from the start. */
    public static TermSheet recorded(long channelId, int version, long parkOperator, String username,
                                     ContractTerms terms, String reference, Instant at) {
        TermSheet s = new TermSheet(channelId, version, parkOperator, username, terms, reference, at);
        s.status = Status.ACCEPTED;
        s.decidedBy = username;
        s.decidedAt = at;
        return s;
    }

    /** A newer version was proposed: by the other party it counters this one, by the proposer it replaces it. */
    public void supersede(long byParticipant, String by, Instant at) {
        if (status == Status.PROPOSED) {
            status = byParticipant == participant ? Status.WITHDRAWN : Status.COUNTERED;
            decidedBy = by;
            decidedAt = at;
        }
    }

    /** The other party accepts this version. */
    public void accept(long byParticipant, String by, Instant at) {
        if (status != Status.PROPOSED) {
            throw new BusinessException("error.trading.sheet.notOpen", version);
        }
        if (byParticipant == participant) {
            throw new BusinessException("error.trading.sheet.ownProposal");
        }
        status = Status.ACCEPTED;
        decidedBy = by;
        decidedAt = at;
    }

    public ContractTerms terms() {
        return TermsJson.read(terms);
    }

    public Long getId() {
        return id;
    }

    public long getChannelId() {
        return channelId;
    }

    public int getVersion() {
        return version;
    }

    public long getParticipant() {
        return participant;
    }

    public String getUsername() {
        return username;
    }

    public String getTerms() {
        return terms;
    }

    public String getTermsHash() {
        return termsHash;
    }

    public String getComment() {
        return comment;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
