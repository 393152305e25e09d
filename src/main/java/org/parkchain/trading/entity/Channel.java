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
import org.parkchain.platform.BusinessException;

/**
 * A private channel between two parties of bilateral trading. Business rules: one party opens it, the other accepts or
 * declines; only an open channel carries negotiation and contracts; one live channel per pair (the database enforces
 * it); its members are the two parties and the regulator.
 */
@Entity
@Table(name = "trading_channel")
public class Channel {
    public enum Status { PROPOSED, OPEN, DECLINED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "party_a", nullable = false)
    private long partyA;

    @Column(name = "party_b", nullable = false)
    private long partyB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PROPOSED;

    @Column(nullable = false)
    private String topic;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Channel() {
    }

    public Channel(long opener, long counterparty, String topic, String openedBy, Instant at) {
        this.partyA = opener;
        this.partyB = counterparty;
        this.topic = topic;
        this.openedBy = openedBy;
        this.openedAt = at;
    }

    /** A channel for a contract signed before ParkChain, opened by the park admin who records it. */
    public static Channel recorded(long seller, long buyer, String topic, String username, Instant at) {
        Channel c = new Channel(seller, buyer, topic, username, at);
        c.status = Status.OPEN;
        c.decidedBy = username;
        c.decidedAt = at;
        return c;
    }

    public boolean hasParty(long participant) {
        return partyA == participant || partyB == participant;
    }

    /** The other party of the channel, seen from {@code participant}. */
    public long otherParty(long participant) {
        return participant == partyA ? partyB : partyA;
    }

    /** The counterparty accepts (or declines) the invitation; the opener cannot decide for it. */
    public void decide(long participant, boolean accept, String username, Instant at) {
        if (status != Status.PROPOSED) {
            throw new BusinessException("error.trading.channel.decided");
        }
        if (participant != partyB) {
            throw new BusinessException("error.trading.channel.notInvited");
        }
        status = accept ? Status.OPEN : Status.DECLINED;
        decidedBy = username;
        decidedAt = at;
    }

    /** @throws BusinessException {@code error.trading.channel.notOpen} unless negotiation may go on here */
    public void requireOpen() {
        if (status != Status.OPEN) {
            throw new BusinessException("error.trading.channel.notOpen");
        }
    }

    public Long getId() {
        return id;
    }

    public long getPartyA() {
        return partyA;
    }

    public long getPartyB() {
        return partyB;
    }

    public Status getStatus() {
        return status;
    }

    public String getTopic() {
        return topic;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
