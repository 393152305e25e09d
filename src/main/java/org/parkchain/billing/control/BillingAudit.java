package org.parkchain.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.parkchain.billing.entity.Bill;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * Billing on the ledger: issued bills ({@code bill:<id>}) and imports of the meter system's readings
 * ({@code meter-import:<id>}: the file's SHA-256, how many readings, how many meters, and which period).
 */
@Dependent
public class BillingAudit {
    @Produces
    public static final AuditedAggregate<Bill> BILL = AuditedAggregate.entity("bill", Bill.class, Bill::getId,
            BillingAudit::bill);
    public static final AuditEvent<Bill> ISSUED = BILL.event("bill.issued");

    @Produces
    public static final AuditedAggregate<MeterImport> METER_IMPORT = AuditedAggregate.of("meter-import",
            MeterImport::id, BillingAudit::meterImport, em -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("SELECT id, sha256, readings, participants, first_at, "
                        + "last_at, source FROM agreements_meter_import").getResultList();
                return rows.stream().map(r -> new MeterImport(((Number) r[0]).longValue(), (String) r[1],
                        ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Timestamp) r[4]).toLocalDateTime(),
                        ((Timestamp) r[5]).toLocalDateTime(), (String) r[6]));
            });
    public static final AuditEvent<MeterImport> IMPORTED = METER_IMPORT.event("meter.imported");

    /** An import of the meter system's readings as recorded. */
    public record MeterImport(long id, String sha256, int readings, int participants, LocalDateTime first,
                              LocalDateTime last, String source) {
    }

    BillingAudit() {
    }

    private static JsonObject bill(Bill bill) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", bill.getId()).add("agreementId", bill.getAgreementId())
                .add("participantId", bill.getParticipantId()).add("month", bill.getMonth().toString())
                .add("kwh", CanonicalJson.parseArray(bill.getKwh()))
                .add("totalKwh", CanonicalJson.decimal(bill.getTotalKwh()))
                .add("energy", CanonicalJson.decimal(bill.getEnergy()))
                .add("penalty", CanonicalJson.decimal(bill.getPenalty()))
                .add("fees", CanonicalJson.decimal(bill.getFees())).add("total", CanonicalJson.decimal(bill.getTotal()))
                .add("catalogCost", CanonicalJson.decimal(bill.getCatalogCost())).add("tariffId", bill.getTariffId())
                .build();
    }

    private static JsonObject meterImport(MeterImport m) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", m.id()).add("sha256", m.sha256())
                .add("readings", m.readings()).add("participants", m.participants())
                .add("firstAt", m.first().toString()).add("lastAt", m.last().toString()).add("source", m.source())
                .build();
    }
}
