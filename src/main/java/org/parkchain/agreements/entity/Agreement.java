package org.parkchain.agreements.entity;

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
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * A power consumption agreement between a resident and a sales company on one plan version. Business rules: the
 * resident signs (with its market certificate) what it agrees to; the agreement is binding once the sales company
 * countersigns, by hand or by its auto-accept rule; a resident has at most one agreement awaiting countersignature
 * and one open-ended agreement (the database enforces both); switching ends the current agreement after its notice
 * period, and an exit fee is due when that is before the end of its minimum term.
 */
@Entity
@Table(name = "agreements_agreement")
public class Agreement {
    public enum Status { PENDING, ACTIVE, DECLINED, CANCELLED }

    public static final String AUTO_ACCEPT = "auto-accept";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resident_participant_id", nullable = false)
    private long residentParticipantId;

    @Column(name = "sales_participant_id", nullable = false)
    private long salesParticipantId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "signed_payload", nullable = false)
    private String signedPayload;

    @Column(name = "resident_signature")
    private String residentSignature;

    @Column(name = "resident_fingerprint")
    private String residentFingerprint;

    @Column(name = "imported_by")
    private String importedBy;

    @Column(name = "signed_by", nullable = false)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "countersign_signature")
    private String countersignSignature;

    @Column(name = "countersign_fingerprint")
    private String countersignFingerprint;

    @Column(name = "countersigned_by")
    private String countersignedBy;

    @Column(name = "countersigned_at")
    private Instant countersignedAt;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "exit_fee")
    private BigDecimal exitFee;

    @Column(name = "previous_agreement_id")
    private Long previousAgreementId;

    @Version
    private long version;

    protected Agreement() {
    }

    public Agreement(long residentParticipantId, long salesParticipantId, long planId, String signedPayload,
                     String residentSignature, String residentFingerprint, String signedBy, Instant signedAt,
                     Long previousAgreementId) {
        this.residentParticipantId = residentParticipantId;
        this.salesParticipantId = salesParticipantId;
        this.planId = planId;
        this.signedPayload = signedPayload;
        this.residentSignature = residentSignature;
        this.residentFingerprint = residentFingerprint;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
        this.previousAgreementId = previousAgreementId;
    }

    /**
     * An agreement concluded before the park used ParkChain, recorded by the park admin: in force from a past date,
     * without a signature made here; {@code record} is the canonical JSON of what was recorded.
     */
    public static Agreement imported(long residentParticipantId, long salesParticipantId, long planId, String record,
                                     String admin, Instant at, LocalDate startsOn) {
        Agreement a = new Agreement(residentParticipantId, salesParticipantId, planId, record, null, null, admin, at,
                null);
        a.importedBy = admin;
        a.status = Status.ACTIVE;
        a.countersignedBy = admin;
        a.countersignedAt = at;
        a.startsOn = startsOn;
        return a;
    }

    /** Recorded by the park admin rather than signed here (see {@link #imported}). */
    public boolean isImported() {
        return importedBy != null;
    }

    public String getImportedBy() {
        return importedBy;
    }

    /**
     * Refuses a decision on an agreement that is no longer awaiting one: only a pending agreement can be
     * countersigned, declined or withdrawn.
     *
     * @throws BusinessException {@code error.agreement.decided}
     */
    public void requirePending() {
        if (status != Status.PENDING) {
            throw new BusinessException("error.agreement.decided");
        }
    }

    /** @param signature null with the fingerprint when the company's auto-accept rule countersigned */
    public void countersign(String by, String signature, String fingerprint, Instant at, LocalDate startsOn) {
        requirePending();
        status = Status.ACTIVE;
        countersignedBy = by;
        countersignSignature = signature;
        countersignFingerprint = fingerprint;
        countersignedAt = at;
        this.startsOn = startsOn;
    }

    public void decline(String by, String reason, Instant at) {
        requirePending();
        status = Status.DECLINED;
        countersignedBy = by;
        countersignedAt = at;
        declineReason = reason;
    }

    public void cancel(Instant at) {
        requirePending();
        status = Status.CANCELLED;
        countersignedAt = at;
    }

    /** The last day of supply under this agreement, and the exit fee due for leaving early (or null). */
    public void endOn(LocalDate lastDay, BigDecimal fee) {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("only an agreement in force can end, not a " + status + " one");
        }
        endsOn = lastDay;
        exitFee = fee;
    }

    /** The yearly consumption (kWh, as signed) the resident signed with, or empty for a payload without one. */
    public String signedAnnualKwh() {
        try {
            return CanonicalJson.parseObject(signedPayload).getString("annualKwh", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * What the agreement is on {@code day}, as people read it: awaiting countersignature, declined, withdrawn, or
     * for a countersigned one UPCOMING before its start (a switch still to take effect), ACTIVE while in force and
     * ENDED after its last day.
     */
    public String stateOn(LocalDate day) {
        if (status != Status.ACTIVE) {
            return status.name();
        }
        if (startsOn != null && startsOn.isAfter(day)) {
            return "UPCOMING";
        }
        return endsOn != null && endsOn.isBefore(day) ? "ENDED" : "ACTIVE";
    }

    /** In force on {@code day}: countersigned, started and not ended. */
    public boolean inForceOn(LocalDate day) {
        return status == Status.ACTIVE && !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public long getResidentParticipantId() {
        return residentParticipantId;
    }

    public long getSalesParticipantId() {
        return salesParticipantId;
    }

    public long getPlanId() {
        return planId;
    }

    public Status getStatus() {
        return status;
    }

    public String getSignedPayload() {
        return signedPayload;
    }

    public String getResidentSignature() {
        return residentSignature;
    }

    public String getResidentFingerprint() {
        return residentFingerprint;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getCountersignSignature() {
        return countersignSignature;
    }

    public String getCountersignFingerprint() {
        return countersignFingerprint;
    }

    public String getCountersignedBy() {
        return countersignedBy;
    }

    public Instant getCountersignedAt() {
        return countersignedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getExitFee() {
        return exitFee;
    }

    public Long getPreviousAgreementId() {
        return previousAgreementId;
    }
}
