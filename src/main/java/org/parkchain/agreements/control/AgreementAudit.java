package org.parkchain.agreements.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * Power consumption agreements on the ledger ({@code agreement:<id>}): signing, countersigning, declining,
 * withdrawal, the end of a switched-from agreement, and agreements recorded from before ParkChain. The signed text enters by its hash.
 */
@Dependent
public class AgreementAudit {
    @Produces
    public static final AuditedAggregate<Agreement> AGREEMENT = AuditedAggregate.entity("agreement", Agreement.class,
            Agreement::getId, AgreementAudit::agreement);
    public static final AuditEvent<Agreement> SIGNED = AGREEMENT.event("agreement.signed");
    public static final AuditEvent<Agreement> COUNTERSIGNED = AGREEMENT.event("agreement.countersigned");
    public static final AuditEvent<Agreement> DECLINED = AGREEMENT.event("agreement.declined");
    public static final AuditEvent<Agreement> CANCELLED = AGREEMENT.event("agreement.cancelled");
    public static final AuditEvent<Agreement> ENDING = AGREEMENT.event("agreement.ending");
    public static final AuditEvent<Agreement> IMPORTED = AGREEMENT.event("agreement.imported");

    AgreementAudit() {
    }

    /** An agreement's record; {@code importedBy} only for recorded ones (schema 013), so older records still match. */
    private static JsonObject agreement(Agreement a) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", a.getId())
                .add("residentParticipantId", a.getResidentParticipantId())
                .add("salesParticipantId", a.getSalesParticipantId()).add("planId", a.getPlanId())
                .add("status", a.getStatus().name())
                .add("signedPayloadHash", Hashes.sha256Hex(a.getSignedPayload()))
                .add("residentFingerprint", nullable(a.getResidentFingerprint()))
                .add("countersignedBy", nullable(a.getCountersignedBy()))
                .add("countersignFingerprint", nullable(a.getCountersignFingerprint()))
                .add("startsOn", date(a.getStartsOn())).add("endsOn", date(a.getEndsOn()))
                .add("exitFee", a.getExitFee() == null ? "" : CanonicalJson.decimal(a.getExitFee()))
                .add("declineReason", nullable(a.getDeclineReason()));
        if (a.isImported()) {
            b.add("importedBy", a.getImportedBy());
        }
        return b.build();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }
}
