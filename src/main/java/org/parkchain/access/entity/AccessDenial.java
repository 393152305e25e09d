package org.parkchain.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A refused market action, kept for the regulator: who, what, why, with which certificate. */
@Entity
@Table(name = "access_denial")
public class AccessDenial {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    private String username;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String refusal;

    private String fingerprint;

    private String detail;

    protected AccessDenial() {
    }

    public AccessDenial(Instant at, String username, String action, String refusal, String fingerprint,
                        String detail) {
        this.at = at;
        this.username = username;
        this.action = action;
        this.refusal = refusal;
        this.fingerprint = fingerprint;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getDetail() {
        return detail;
    }
}
