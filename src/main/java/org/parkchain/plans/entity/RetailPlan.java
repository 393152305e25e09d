package org.parkchain.plans.entity;

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
import java.util.Locale;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.plans.control.PlanType;
import org.parkchain.plans.control.TermsJson;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * One version of a sales company's retail plan. Business rules: a draft may be edited; publishing offers it to
 * residents within its validity window and freezes it (the database refuses changes to a published row); a change
 * to a published plan is a new version in the same lineage, and publishing it withdraws the version before;
 * agreements keep the version they were signed on.
 */
@Entity
@Table(name = "agreements_plan")
public class RetailPlan {
    public enum Status { DRAFT, PUBLISHED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sales_participant_id", nullable = false)
    private long salesParticipantId;

    @Column(nullable = false)
    private long lineage;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    private String name;

    @Column(name = "name_zh")
    private String nameZh;

    private String description;

    @Column(name = "description_zh")
    private String descriptionZh;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false)
    private PlanType planType;

    @Column(nullable = false)
    private String terms;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RetailPlan() {
    }

    public RetailPlan(long salesParticipantId, long lineage, int versionNo, Instant now) {
        this.salesParticipantId = salesParticipantId;
        this.lineage = lineage;
        this.versionNo = versionNo;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Only a draft may change. */
    public void edit(PlanTexts texts, PlanTerms terms, LocalDate validFrom, LocalDate validUntil, Instant now) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("plan " + id + " is published");
        }
        this.name = texts.nameEn();
        this.nameZh = texts.nameZh();
        this.description = texts.descriptionEn();
        this.descriptionZh = texts.descriptionZh();
        this.planType = terms.type();
        this.terms = CanonicalJson.write(TermsJson.write(terms));
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        status = Status.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        status = Status.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    /** Offered to residents on {@code day}. */
    public boolean offeredOn(LocalDate day) {
        return status == Status.PUBLISHED && !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(
                day));
    }

    public PlanTerms terms() {
        return TermsJson.read(CanonicalJson.parseObject(terms));
    }

    /** Used only by the lineage's first version, whose lineage is its own id. */
    public void setLineage(long lineage) {
        this.lineage = lineage;
    }

    public Long getId() {
        return id;
    }

    public long getSalesParticipantId() {
        return salesParticipantId;
    }

    public long getLineage() {
        return lineage;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public PlanTexts texts() {
        return new PlanTexts(name, nameZh, description, descriptionZh);
    }

    /** The name in the reader's language (the other language's when it has none). */
    public String name(Locale locale) {
        return texts().name(locale);
    }

    /** The description in the reader's language (the other language's when it has none). */
    public String description(Locale locale) {
        return texts().description(locale);
    }

    /** The English name, or the Chinese one when the plan has no English name. */
    public String getName() {
        return name(Locale.ENGLISH);
    }

    public String getDescription() {
        return description(Locale.ENGLISH);
    }

    public PlanType getPlanType() {
        return planType;
    }

    public String getTerms() {
        return terms;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
