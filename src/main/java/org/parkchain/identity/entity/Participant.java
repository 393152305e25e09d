package org.parkchain.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A market participant: an organisation registered in the park (or, for small and micro users, the shop, office or
 * workshop itself). Business rules: the unified social credit code is unique; sales companies and generators
 * carry an electricity business licence with an expiry date; a deactivated participant's users cannot log in.
 */
@Entity
@Table(name = "participant")
@NamedQuery(name = Participant.ALL, query = "SELECT p FROM Participant p ORDER BY p.type, p.nameEn")
@NamedQuery(name = Participant.BY_TYPE, query = "SELECT p FROM Participant p WHERE p.type = :type ORDER BY p.nameEn")
@NamedQuery(name = Participant.BY_CREDIT_CODE, query = "SELECT p FROM Participant p WHERE p.creditCode = :code")
public class Participant {
    public static final String ALL = "Participant.all";
    public static final String BY_TYPE = "Participant.byType";
    public static final String BY_CREDIT_CODE = "Participant.byCreditCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantType type;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "credit_code", nullable = false, unique = true)
    private String creditCode;

    @Column(name = "licence_number")
    private String licenceNumber;

    @Column(name = "licence_expiry")
    private LocalDate licenceExpiry;

    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Participant() {
    }

    public Participant(ParticipantType type, String nameEn, String nameZh, String creditCode,
                       String licenceNumber, LocalDate licenceExpiry, Instant createdAt) {
        this.type = type;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.creditCode = creditCode;
        this.licenceNumber = licenceNumber;
        this.licenceExpiry = licenceExpiry;
        this.createdAt = createdAt;
    }

    public ParticipantId participantId() {
        return ParticipantId.of(id);
    }

    /** The name in the reader's language (Chinese for any Chinese locale, English otherwise). */
    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** Whole days from {@code today} until the licence expires (negative once expired), or null without a licence. */
    public Long daysToLicenceExpiry(LocalDate today) {
        return licenceExpiry == null ? null : ChronoUnit.DAYS.between(today, licenceExpiry);
    }

    /** Whether the licence expires within {@code warning} of {@code today} (or has expired): time to renew it. */
    public boolean licenceExpiresWithin(LocalDate today, Period warning) {
        return licenceExpiry != null && !licenceExpiry.isAfter(today.plus(warning));
    }

    public Long getId() {
        return id;
    }

    public ParticipantType getType() {
        return type;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getLicenceExpiry() {
        return licenceExpiry;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
