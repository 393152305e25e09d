package org.parkchain.trading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note in a channel's negotiation log: what was said offline, recorded by a member party. Never changed. */
@Entity
@Table(name = "trading_note")
public class Note {
    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(nullable = false)
    private long participant;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Note() {
    }

    public Note(long channelId, long participant, String username, String body, Instant at) {
        this.channelId = channelId;
        this.participant = participant;
        this.username = username;
        this.body = body;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getChannelId() {
        return channelId;
    }

    public long getParticipant() {
        return participant;
    }

    public String getUsername() {
        return username;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
