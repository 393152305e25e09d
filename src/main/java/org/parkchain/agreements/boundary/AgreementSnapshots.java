package org.parkchain.agreements.boundary;

import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.agreements.entity.Bill;
import org.parkchain.agreements.entity.RetailPlan;
import org.parkchain.agreements.entity.SalesRule;
import org.parkchain.agreements.entity.TariffVersion;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * The audited state of the agreements feature's aggregates, computed the same way when a change is recorded and when
 * the regulator's verification recomputes it from the database. Signatures and signed texts enter by their hash.
 */
final class AgreementSnapshots {
    private AgreementSnapshots() {
    }

    static AuditSnapshot of(TariffVersion t) {
        return new AuditSnapshot("tariff:" + t.getId(), CanonicalJson.JSON.createObjectBuilder().add("id", t.getId())
                .add("granularity", t.getGranularity()).add("document", CanonicalJson.parseObject(t.getDocument()))
                .add("createdBy", t.getCreatedBy()).add("createdAt", CanonicalJson.instant(t.getCreatedAt())).build());
    }

    static AuditSnapshot of(RetailPlan p) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", p.getId())
                .add("salesParticipantId", p.getSalesParticipantId()).add("lineage", p.getLineage())
                .add("versionNo", p.getVersionNo()).add("name", p.getName())
                .add("terms", CanonicalJson.parseObject(p.getTerms())).add("validFrom", date(p.getValidFrom()))
                .add("validUntil", date(p.getValidUntil())).add("status", p.getStatus().name())
                .add("publishedAt", p.getPublishedAt() == null ? "" : CanonicalJson.instant(p.getPublishedAt()))
                .add("withdrawnAt", p.getWithdrawnAt() == null ? "" : CanonicalJson.instant(p.getWithdrawnAt()));
        return new AuditSnapshot("plan:" + p.getId(), b.build());
    }

    static AuditSnapshot of(SalesRule r) {
        return new AuditSnapshot("sales-rule:" + r.getSalesParticipantId(), CanonicalJson.JSON.createObjectBuilder()
                .add("salesParticipantId", r.getSalesParticipantId()).add("autoAccept", r.isAutoAccept())
                .add("maxAnnualKwh", r.getMaxAnnualKwh() == null ? "" : CanonicalJson.decimal(r.getMaxAnnualKwh()))
                .add("updatedBy", r.getUpdatedBy()).add("updatedAt", CanonicalJson.instant(r.getUpdatedAt()))
                .build());
    }

    static AuditSnapshot of(Agreement a) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", a.getId())
                .add("residentParticipantId", a.getResidentParticipantId())
                .add("salesParticipantId", a.getSalesParticipantId()).add("planId", a.getPlanId())
                .add("status", a.getStatus().name())
                .add("signedPayloadHash", Hashes.sha256Hex(a.getSignedPayload()))
                .add("residentFingerprint", a.getResidentFingerprint())
                .add("countersignedBy", nullable(a.getCountersignedBy()))
                .add("countersignFingerprint", nullable(a.getCountersignFingerprint()))
                .add("startsOn", date(a.getStartsOn())).add("endsOn", date(a.getEndsOn()))
                .add("exitFee", a.getExitFee() == null ? "" : CanonicalJson.decimal(a.getExitFee()))
                .add("declineReason", nullable(a.getDeclineReason()));
        return new AuditSnapshot("agreement:" + a.getId(), b.build());
    }

    static AuditSnapshot of(Bill bill) {
        return new AuditSnapshot("bill:" + bill.getId(), CanonicalJson.JSON.createObjectBuilder()
                .add("id", bill.getId()).add("agreementId", bill.getAgreementId())
                .add("participantId", bill.getParticipantId()).add("month", date(bill.getMonth()))
                .add("kwh", CanonicalJson.parseArray(bill.getKwh()))
                .add("totalKwh", CanonicalJson.decimal(bill.getTotalKwh()))
                .add("energy", CanonicalJson.decimal(bill.getEnergy()))
                .add("penalty", CanonicalJson.decimal(bill.getPenalty()))
                .add("fees", CanonicalJson.decimal(bill.getFees())).add("total", CanonicalJson.decimal(bill.getTotal()))
                .add("catalogCost", CanonicalJson.decimal(bill.getCatalogCost())).add("tariffId", bill.getTariffId())
                .build());
    }

    static AuditSnapshot meterImport(long id, String sha256, int readings, int participants, LocalDateTime first,
                                     LocalDateTime last, String source) {
        return new AuditSnapshot("meter-import:" + id, CanonicalJson.JSON.createObjectBuilder().add("id", id)
                .add("sha256", sha256).add("readings", readings).add("participants", participants)
                .add("firstAt", first.toString()).add("lastAt", last.toString()).add("source", source).build());
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }
}
