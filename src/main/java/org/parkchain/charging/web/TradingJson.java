package org.parkchain.charging.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import org.parkchain.charging.control.BidHelper;
import org.parkchain.charging.control.OrderResult;
import org.parkchain.charging.control.SlotTimes;
import org.parkchain.charging.control.TradingAudit;
import org.parkchain.charging.control.TradingTerms;
import org.parkchain.charging.entity.Acceptance;
import org.parkchain.charging.entity.Clearing;
import org.parkchain.charging.entity.Fill;
import org.parkchain.charging.entity.Offer;
import org.parkchain.charging.entity.PostedRange;
import org.parkchain.charging.entity.TradeOrder;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.i18n.Messages;

/** Orders, offers, fills, clearings and the bid helper's proposal as the API shows them. */
final class TradingJson {
    private TradingJson() {
    }

    static JsonObject terms(TradingTerms t, java.time.LocalDate day, int firstOpen) {
        return CanonicalJson.JSON.createObjectBuilder().add("day", day.toString())
                .add("firstOpenSlot", firstOpen < 96 ? SlotTimes.label(firstOpen) : "24:00")
                .add("closeBeforeMinutes", t.closeBefore().toMinutes()).add("priceCap", t.priceCap())
                .add("priceStep", TradingTerms.PRICE_STEP).add("lotKw", TradingTerms.LOT_KW)
                .add("rule", t.rule().name()).add("kappa", t.kappa()).add("alpha", t.alpha())
                .add("clearingInterval", t.clearingInterval().toString()).build();
    }

    private static JsonObjectBuilder range(PostedRange r) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", r.getId()).add("transformerId", r.getTransformerId())
                .add("stationId", r.getStationId()).add("day", r.getDay().toString()).add("side", r.getSide().name())
                .add("from", r.getFrom()).add("to", r.getTo()).add("quantityKw", r.getQuantityKw())
                .add("price", r.getPrice()).add("by", r.postedBy()).add("at", r.postedAt().toString())
                .add("signerFingerprint", r.getSignerFingerprint());
    }

    /** An order with what it got: its fills (slot, kW, price, money), kWh filled and the average price. */
    static JsonObject order(TradeOrder o, List<Fill> fills) {
        JsonObjectBuilder b = range(o).add("status", o.getStatus().name());
        if (o.getClearingId() != null) {
            OrderResult r = OrderResult.of(o.getId(), fills);
            JsonArrayBuilder mine = CanonicalJson.JSON.createArrayBuilder();
            fills.stream().filter(f -> o.getId().equals(f.getOrderId())).forEach(f -> mine.add(CanonicalJson.JSON
                    .createObjectBuilder().add("slot", f.getSlotLabel()).add("kw", f.getKw()).add("price", f.getPrice())
                    .add("amountCny", f.getAmountCny())));
            b.add("clearingId", o.getClearingId()).add("filledKwh", r.filledKwh()).add("amountCny", r.amountCny())
                    .add("fills", mine);
            if (r.averagePrice() != null) {
                b.add("averagePrice", r.averagePrice());
            }
        }
        return b.build();
    }

    static JsonObject offer(Offer o, List<String> partnerCodes) {
        JsonArrayBuilder partners = CanonicalJson.JSON.createArrayBuilder();
        partnerCodes.forEach(partners::add);
        return range(o).add("remainingKw", o.getRemainingKw()).add("status", o.getStatus().name())
                .add("partners", partners).build();
    }

    static JsonObject acceptance(Acceptance a, Offer o) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", a.getId()).add("offerId", a.getOfferId())
                .add("stationId", a.getStationId()).add("side", o.getSide().other().name()).add("from", o.getFrom())
                .add("to", o.getTo()).add("kw", a.getKw()).add("price", o.getPrice())
                .add("offerRemainingKw", o.getRemainingKw()).add("by", a.getAcceptedBy())
                .add("at", a.getAcceptedAt().toString()).build();
    }

    static JsonObject fill(Fill f) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", f.getId())
                .add("stationId", f.getStationId()).add("slot", SlotTimes.label(f.getSlot())).add("side",
                        f.getSide().name()).add("kw", f.getKw()).add("price", f.getPrice())
                .add("amountCny", f.getAmountCny()).add("source", f.getSource().name());
        if (f.getOrderId() != null) {
            b.add("orderId", f.getOrderId()).add("clearingId", f.getClearingId());
        } else {
            b.add("offerId", f.getOfferId()).add("acceptanceId", f.getAcceptanceId())
                    .add("counterpartyStationId", f.getCounterparty());
        }
        return b.build();
    }

    static JsonObject clearing(Clearing c) {
        return CanonicalJson.JSON.createObjectBuilder(TradingAudit.sealed(c))
                .add("tradedKwh", Math.round(c.tradedKwh() * 1000) / 1000.0).add("seal", c.getSeal())
                .add("sealed", CanonicalJson.write(TradingAudit.sealed(c))).build();
    }

    static JsonObject proposal(BidHelper.Proposal p, Locale locale) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("side", p.side().name())
                .add("price", p.price()).add("quantityKw", p.kw()).add("any", p.any())
                .add("remainingKwh", round(p.remainingKwh())).add("hoursLeft", round(p.hoursLeft()))
                .add("laxityHours", round(p.laxityHours())).add("urgency", round(p.urgency()))
                .add("flexibility", round(p.flexibility())).add("explanation", explain(p, locale));
        if (p.any()) {
            b.add("from", SlotTimes.label(p.from())).add("to", SlotTimes.label(p.to()));
        }
        return b.build();
    }

    /** The proposal in plain words. */
    static String explain(BidHelper.Proposal p, Locale locale) {
        String figures = Messages.text(locale, "trading.helper.figures", fmt(p.remainingKwh()), fmt(p.hoursLeft()),
                fmt(p.laxityHours()), fmt(p.urgency()), fmt(p.flexibility()));
        String rule = Messages.text(locale, p.side() == org.parkchain.charging.entity.Side.BUY
                ? "trading.helper.buy" : "trading.helper.sell", p.price().toPlainString());
        String quantity = p.any() ? Messages.text(locale, "trading.helper.quantity", p.kw().toPlainString(),
                SlotTimes.label(p.from()), SlotTimes.label(p.to()))
                : Messages.text(locale, p.side() == org.parkchain.charging.entity.Side.BUY ? "trading.helper.nothingToBuy"
                : "trading.helper.nothingToSell");
        return figures + " " + rule + " " + quantity;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
