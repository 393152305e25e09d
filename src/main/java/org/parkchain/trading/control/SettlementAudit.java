package org.parkchain.trading.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;
import org.parkchain.trading.entity.Delivery;
import org.parkchain.trading.entity.Statement;

/**
 * Settlement of bilateral contracts on the shared ledger: a month's delivery by the hash of its quarter-hour values
 * and where it came from, a statement by the hash of its figures, its status and the confirming parties'
 * fingerprints. No energy or amount is recorded.
 */
@Dependent
public class SettlementAudit {
    @Produces
    public static final AuditedAggregate<Delivery> DELIVERY = AuditedAggregate.entity("delivery", Delivery.class,
            d -> d.getContractId() + "-" + d.month(), SettlementAudit::delivery);
    public static final AuditEvent<Delivery> DELIVERED = DELIVERY.event("delivery.recorded");

    @Produces
    public static final AuditedAggregate<Statement> STATEMENT = AuditedAggregate.entity("statement", Statement.class,
            Statement::getId, SettlementAudit::statement);
    public static final AuditEvent<Statement> ISSUED = STATEMENT.event("statement.issued");
    public static final AuditEvent<Statement> CONFIRMED = STATEMENT.event("statement.confirmed");
    public static final AuditEvent<Statement> DISPUTED = STATEMENT.event("statement.disputed");
    public static final AuditEvent<Statement> REPLACED = STATEMENT.event("statement.replaced");

    SettlementAudit() {
    }

    private static JsonObject delivery(Delivery d) {
        return CanonicalJson.JSON.createObjectBuilder().add("contractId", d.getContractId())
                .add("month", d.month().toString()).add("source", d.getSource().name()).add("sha256", d.getSha256())
                .add("enteredBy", d.getEnteredBy()).build();
    }

    private static JsonObject statement(Statement s) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", s.getId()).add("contractId", s.getContractId())
                .add("month", s.month().toString()).add("figuresHash", s.getFiguresHash())
                .add("status", s.getStatus().name())
                .add("sellerFingerprint", s.getSellerFingerprint() == null ? "" : s.getSellerFingerprint())
                .add("buyerFingerprint", s.getBuyerFingerprint() == null ? "" : s.getBuyerFingerprint())
                .add("disputeHash", s.getDisputeReason() == null ? "" : Hashes.sha256Hex(s.getDisputeReason()))
                .build();
    }
}
