package org.parkchain.charging.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parkchain.charging.entity.Acceptance;
import org.parkchain.charging.entity.Clearing;
import org.parkchain.charging.entity.Fill;
import org.parkchain.charging.entity.Offer;
import org.parkchain.charging.entity.PostedRange;
import org.parkchain.charging.entity.SlotFigures;
import org.parkchain.charging.entity.TradeOrder;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * Trading charging rights on the ledger: signed orders ({@code order:<id>}, placed and cancelled), signed P2P offers
 * ({@code offer:<id>}, posted, taken in part or whole, withdrawn), signed acceptances ({@code acceptance:<id>}) and
 * clearings ({@code clearing:<id>}: the figures per slot, the fills' Merkle root and the market's seal). An order's
 * part in a clearing is in the clearing's fills, so clearing does not rewrite the order's record.
 */
@Dependent
public class TradingAudit {
    private static final SlotFigures FIGURES = new SlotFigures();

    @Produces
    public static final AuditedAggregate<TradeOrder> ORDER = AuditedAggregate.entity("order", TradeOrder.class,
            TradeOrder::getId, TradingAudit::order);
    public static final AuditEvent<TradeOrder> PLACED = ORDER.event("order.placed");
    public static final AuditEvent<TradeOrder> CANCELLED = ORDER.event("order.cancelled");

    @Produces
    public static final AuditedAggregate<Offer> OFFER = AuditedAggregate.entity("offer", Offer.class, Offer::getId,
            TradingAudit::offer);
    public static final AuditEvent<Offer> POSTED = OFFER.event("offer.posted");
    public static final AuditEvent<Offer> TAKEN = OFFER.event("offer.taken");
    public static final AuditEvent<Offer> WITHDRAWN = OFFER.event("offer.withdrawn");

    @Produces
    public static final AuditedAggregate<Acceptance> ACCEPTANCE = AuditedAggregate.entity("acceptance",
            Acceptance.class, Acceptance::getId, TradingAudit::acceptance);
    public static final AuditEvent<Acceptance> ACCEPTED = ACCEPTANCE.event("acceptance.signed");

    @Produces
    public static final AuditedAggregate<Clearing> CLEARING = AuditedAggregate.entity("clearing", Clearing.class,
            Clearing::getId, TradingAudit::clearing);
    public static final AuditEvent<Clearing> CLEARED = CLEARING.event("clearing.run");

    TradingAudit() {
    }

    /** What the market's seal signs: the clearing's result without the seal. */
    public static JsonObject sealed(Clearing c) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", c.getId()).add("transformerId", c.getTransformerId())
                .add("day", c.getDay().toString()).add("rule", c.getRule().name())
                .add("kappa", CanonicalJson.decimal(c.getKappa())).add("orders", c.getOrders())
                .add("buyPrice", FIGURES.convertToDatabaseColumn(c.buyPrice()))
                .add("sellPrice", FIGURES.convertToDatabaseColumn(c.sellPrice()))
                .add("tradedKw", FIGURES.convertToDatabaseColumn(c.tradedKw()))
                .add("welfareCny", CanonicalJson.decimal(c.getWelfareCny()))
                .add("surplusCny", CanonicalJson.decimal(c.getSurplusCny())).add("fillsRoot", c.getFillsRoot())
                .add("runBy", c.getRunBy()).add("runAt", CanonicalJson.instant(c.getRunAt())).build();
    }

    /** One fill as a Merkle leaf: order, slot, side, kW, price. */
    public static JsonObject leaf(Fill f) {
        return CanonicalJson.JSON.createObjectBuilder().add("orderId", f.getOrderId()).add("slot", f.getSlot())
                .add("stationId", f.getStationId()).add("side", f.getSide().name())
                .add("kw", CanonicalJson.decimal(f.getKw())).add("price", CanonicalJson.decimal(f.getPrice()))
                .build();
    }

    /** The RFC 6962 root (hex) over a clearing's fills in order id, then slot order. */
    public static String fillsRoot(List<Fill> fills) {
        List<byte[]> leaves = new ArrayList<>();
        fills.stream().sorted(Comparator.comparing(Fill::getOrderId).thenComparingInt(Fill::getSlot))
                .forEach(f -> leaves.add(MerkleTree.leafHash(CanonicalJson.bytes(leaf(f)))));
        return Hashes.hex(MerkleTree.root(leaves));
    }

    private static JsonObjectBuilder range(PostedRange r) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", r.getId()).add("transformerId", r.getTransformerId())
                .add("stationId", r.getStationId()).add("day", r.getDay().toString()).add("side", r.getSide().name())
                .add("from", r.getFrom()).add("to", r.getTo()).add("quantityKw", CanonicalJson.decimal(r.getQuantityKw()))
                .add("price", CanonicalJson.decimal(r.getPrice())).add("by", r.postedBy())
                .add("at", CanonicalJson.instant(r.postedAt())).add("signature", r.getSignature());
    }

    private static JsonObject order(TradeOrder o) {
        JsonObjectBuilder b = range(o);
        if (o.getCancelledAt() != null) {
            b.add("cancelledAt", CanonicalJson.instant(o.getCancelledAt())).add("cancelSignature",
                    o.getCancelSignature());
        }
        return b.build();
    }

    private static JsonObject offer(Offer o) {
        JsonObjectBuilder b = range(o).add("remainingKw", CanonicalJson.decimal(o.getRemainingKw()))
                .add("partners", o.partnerIds().toString()).add("status", o.getStatus().name());
        if (o.getWithdrawnAt() != null) {
            b.add("withdrawnAt", CanonicalJson.instant(o.getWithdrawnAt())).add("withdrawSignature",
                    o.getWithdrawSignature());
        }
        return b.build();
    }

    private static JsonObject acceptance(Acceptance a) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", a.getId()).add("offerId", a.getOfferId())
                .add("stationId", a.getStationId()).add("kw", CanonicalJson.decimal(a.getKw()))
                .add("by", a.getAcceptedBy()).add("at", CanonicalJson.instant(a.getAcceptedAt()))
                .add("signature", a.getSignature()).build();
    }

    private static JsonObject clearing(Clearing c) {
        return CanonicalJson.JSON.createObjectBuilder(sealed(c)).add("seal", c.getSeal()).build();
    }
}
