package org.parkchain.trading.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file in a channel's negotiation log (PDF, image, CSV or XLSX, its type read from its bytes). Never changed; its
 * SHA-256 goes on the ledger, its bytes stay with the members.
 */
@Entity
@Table(name = "trading_attachment")
public class Attachment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(nullable = false)
    private long participant;

    @Column(nullable = false)
    private String username;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(long channelId, long participant, String username, String fileName, String contentType,
                      byte[] content, String sha256, Instant at) {
        this.channelId = channelId;
        this.participant = participant;
        this.username = username;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
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

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
