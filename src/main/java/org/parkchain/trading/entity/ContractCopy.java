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
 * One party's signed copy of a contract's terms. Business rules: a party has at most one standing copy per contract
 * (the database enforces it), numbered by a sequence that its signed payload names, so a replayed payload is stale;
 * the party may withdraw it until the other party has committed; with both copies in, they are matched (the contract
 * activates) or mismatched (both are set aside, the differences are shown, and both commit again).
 */
@Entity
@Table(name = "trading_copy")
public class ContractCopy {
    public enum Status { COMMITTED, WITHDRAWN, MISMATCHED, MATCHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(nullable = false)
    private long participant;

    @Column(nullable = false)
    private int sequence;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String terms;

    @Column(name = "terms_hash", nullable = false)
    private String termsHash;

    @Column(nullable = false)
    private String payload;

    @Column(nullable = false)
    private String signature;

    @Column(nullable = false)
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.COMMITTED;

    @Column(name = "committed_at", nullable = false)
    private Instant committedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ContractCopy() {
    }

    public ContractCopy(long contractId, long participant, int sequence, String username, ContractTerms terms,
                        String payload, String signature, String fingerprint, Instant at) {
        this.contractId = contractId;
        this.participant = participant;
        this.sequence = sequence;
        this.username = username;
        this.terms = TermsJson.canonical(terms);
        this.termsHash = TermsJson.hash(terms);
        this.payload = payload;
        this.signature = signature;
        this.fingerprint = fingerprint;
        this.committedAt = at;
    }

    public void withdraw(Instant at) {
        close(Status.WITHDRAWN, at);
    }

    public void matched(Instant at) {
        close(Status.MATCHED, at);
    }

    public void mismatched(Instant at) {
        close(Status.MISMATCHED, at);
    }

    private void close(Status to, Instant at) {
        if (status != Status.COMMITTED) {
            throw new BusinessException("error.trading.copy.closed");
        }
        status = to;
        closedAt = at;
    }

    public ContractTerms terms() {
        return TermsJson.read(terms);
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public long getParticipant() {
        return participant;
    }

    public int getSequence() {
        return sequence;
    }

    public String getUsername() {
        return username;
    }

    public String getTermsHash() {
        return termsHash;
    }

    public String getPayload() {
        return payload;
    }

    public String getSignature() {
        return signature;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCommittedAt() {
        return committedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
