package org.parkchain.charging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.web.SigningStep;
import org.parkchain.access.web.SigningText;
import org.parkchain.charging.boundary.Clearings;
import org.parkchain.charging.boundary.Offers;
import org.parkchain.charging.boundary.Orders;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.boundary.Rights;
import org.parkchain.charging.boundary.TradingBook;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Fill;
import org.parkchain.charging.entity.Offer;
import org.parkchain.charging.entity.TradeOrder;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;

/**
 * A station operator's rights market for the trading day: its stations' rights (as allocated and now), its orders
 * (cancel, signed), the P2P board (accept all or part of an offer addressed to it, withdraw its own; signed), and its
 * trades. Read once per view; {@link #refresh} after a change.
 */
@Named("rightsMarket")
@ViewScoped
public class RightsMarketView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Orders orders;

    @Inject
    Offers offers;

    @Inject
    Clearings clearings;

    @Inject
    Rights rights;

    @Inject
    TradingBook book;

    @Inject
    ParkTopology topology;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    SigningStep signing;

    private LocalDate day;
    private Long acceptOfferId;
    private Long acceptStationId;
    private BigDecimal acceptKw;
    private transient List<Rights.Row> rows;
    private transient List<TradeOrder> orderList;
    private transient List<Offer> offerList;
    private transient List<Fill> fillList;
    private transient Map<Long, String> codes;
    private transient List<ChargingStation> stations;

    /** The day shown: the view parameter {@code day}, else the trading day. */
    public LocalDate getDay() {
        if (day == null) {
            day = book.tradingDay();
        }
        return day;
    }

    public String getDayParam() {
        return day == null ? null : day.toString();
    }

    public void setDayParam(String value) {
        day = value != null && value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : null;
    }

    /** The operator's stations with rights on the day: as allocated and as they stand now. */
    public List<Rights.Row> getRows() {
        if (rows == null) {
            rows = rights.ofDay(currentUser.name(), getDay()).stream().flatMap(r -> r.rows().stream()).toList();
        }
        return rows;
    }

    public List<TradeOrder> getOrders() {
        if (orderList == null) {
            orderList = orders.of(currentUser.name(), getDay());
        }
        return orderList;
    }

    public List<Offer> getOffers() {
        if (offerList == null) {
            offerList = offers.of(currentUser.name(), getDay());
        }
        return offerList;
    }

    public List<Fill> getFills() {
        if (fillList == null) {
            fillList = clearings.fillsOfDay(currentUser.name(), getDay());
        }
        return fillList;
    }

    /** What an order got: kWh, money, average price. */
    public org.parkchain.charging.control.OrderResult result(TradeOrder o) {
        return org.parkchain.charging.control.OrderResult.of(o.getId(), getFills());
    }

    /** Whether an offer is one of the operator's own. */
    public boolean own(Offer o) {
        return getStations().stream().anyMatch(s -> s.getId().equals(o.getStationId()));
    }

    public List<ChargingStation> getStations() {
        if (stations == null) {
            stations = topology.stationsOf(currentUser.participantId());
        }
        return stations;
    }

    public String code(long stationId) {
        if (codes == null) {
            codes = topology.stations().stream().collect(Collectors.toMap(ChargingStation::getId,
                    ChargingStation::getCode));
        }
        return codes.getOrDefault(stationId, String.valueOf(stationId));
    }

    /** Opens the accept form for an offer, for the first station that could take it, with all that remains. */
    public void choose(Offer o) {
        acceptOfferId = o.getId();
        acceptStationId = getStations().stream().filter(s -> s.getTransformerId().equals(o.getTransformerId()))
                .map(ChargingStation::getId).findFirst().orElse(null);
        acceptKw = o.getRemainingKw();
    }

    public void signAccept() {
        open(() -> offers.acceptPayload(currentUser.name(), acceptOfferId, acceptStationId, acceptKw), Offers.ACCEPT);
    }

    public void signCancel(long orderId) {
        open(() -> orders.cancelPayload(currentUser.name(), orderId), Orders.CANCEL);
    }

    public void signWithdraw(long offerId) {
        open(() -> offers.withdrawPayload(currentUser.name(), offerId), Offers.WITHDRAW);
    }

    private void open(java.util.function.Supplier<JsonObject> payload, String action) {
        try {
            JsonObject p = payload.get();
            signing.open(currentUser.name(), action, p, text(p, action));
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void confirmSigned() {
        try {
            HeldKeys.Signed s = signing.sign(currentUser.name());
            JsonObject p = org.parkchain.platform.canonical.CanonicalJson.parseObject(signing.payload());
            switch (signing.getAction()) {
                case Offers.ACCEPT -> messages.info("trading.offer.accepted", offers.accept(currentUser.name(),
                        signing.payload(), s.signature(), s.certificatePem()).getKw(), p.getJsonNumber("offerId"));
                case Orders.CANCEL -> messages.info("trading.order.cancelled", orders.cancel(currentUser.name(),
                        p.getJsonNumber("orderId").longValue(), signing.payload(), s.signature(),
                        s.certificatePem()).getId());
                default -> messages.info("trading.offer.withdrawn", offers.withdraw(currentUser.name(),
                        p.getJsonNumber("offerId").longValue(), signing.payload(), s.signature(),
                        s.certificatePem()).getId());
            }
            signing.close();
            acceptOfferId = null;
            refresh();
        } catch (BusinessException e) {
            signing.refused(e);
            messages.refused(e);
        }
    }

    private SigningText text(JsonObject p, String action) {
        if (Offers.ACCEPT.equals(action)) {
            return SigningText.saying(messages.text("trading.sign.accept", p.getJsonNumber("offerId"),
                    code(p.getJsonNumber("stationId").longValue()), messages.text("trading.side." + p.getString("side")),
                    p.getString("day"))).line(messages.text("trading.slots"), p.getString("from") + " – "
                    + p.getString("to")).line(messages.text("trading.quantityKw"), p.getString("kw") + " kW")
                    .line(messages.text("trading.price"), p.getString("price") + " CNY/kWh");
        }
        boolean cancel = Orders.CANCEL.equals(action);
        return SigningText.saying(messages.text(cancel ? "trading.sign.cancel" : "trading.sign.withdraw",
                cancel ? p.getJsonNumber("orderId") : p.getJsonNumber("offerId"), code(p.getJsonNumber("stationId")
                        .longValue()), p.getString("day")));
    }

    /** After a change: read again. */
    public void refresh() {
        rows = null;
        orderList = null;
        offerList = null;
        fillList = null;
    }

    public SigningStep getSigning() {
        return signing;
    }

    public Long getAcceptOfferId() {
        return acceptOfferId;
    }

    public Long getAcceptStationId() {
        return acceptStationId;
    }

    public void setAcceptStationId(Long acceptStationId) {
        this.acceptStationId = acceptStationId;
    }

    public BigDecimal getAcceptKw() {
        return acceptKw;
    }

    public void setAcceptKw(BigDecimal acceptKw) {
        this.acceptKw = acceptKw;
    }
}
