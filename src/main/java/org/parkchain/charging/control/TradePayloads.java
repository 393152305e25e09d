package org.parkchain.charging.control;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Offer;
import org.parkchain.charging.entity.TradeOrder;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The canonical payloads a station operator signs to accept an offer, withdraw an offer or cancel an order (orders and
 * offers themselves are signed as their checked form, {@code TradeIntake.payload}). Each names the action, the
 * record, the station, the day, the caller's participant and username, so that a signature cannot be replayed for
 * another record or another user.
 */
public final class TradePayloads {
    public static final String ACCEPT = "charging.offer.accept";
    public static final String WITHDRAW = "charging.offer.withdraw";
    public static final String CANCEL = "charging.order.cancel";

    private TradePayloads() {
    }

    /** What an operator signs to accept {@code kw} per slot of an offer for one of its stations. */
    public static JsonObject acceptance(UserAccount user, Offer o, ChargingStation station, BigDecimal kw) {
        return CanonicalJson.JSON.createObjectBuilder().add("action", ACCEPT).add("offerId", o.getId())
                .add("stationId", station.getId()).add("day", o.getDay().toString())
                .add("side", o.getSide().other().name()).add("from", o.getFrom()).add("to", o.getTo())
                .add("kw", CanonicalJson.decimal(kw)).add("price", CanonicalJson.decimal(o.getPrice()))
                .add("participant", user.participantId().value()).add("username", user.getUsername()).build();
    }

    /** What an operator signs to withdraw what is left of its offer. */
    public static JsonObject withdrawal(UserAccount user, Offer o) {
        return CanonicalJson.JSON.createObjectBuilder().add("action", WITHDRAW).add("offerId", o.getId())
                .add("stationId", o.getStationId()).add("day", o.getDay().toString())
                .add("participant", user.participantId().value()).add("username", user.getUsername()).build();
    }

    /** What an operator signs to cancel its open order. */
    public static JsonObject cancellation(UserAccount user, TradeOrder o) {
        return CanonicalJson.JSON.createObjectBuilder().add("action", CANCEL).add("orderId", o.getId())
                .add("stationId", o.getStationId()).add("day", o.getDay().toString())
                .add("participant", user.participantId().value()).add("username", user.getUsername()).build();
    }
}
