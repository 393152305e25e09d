package org.parkchain.charging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.web.SigningStep;
import org.parkchain.access.web.SigningText;
import org.parkchain.charging.boundary.BidAdvice;
import org.parkchain.charging.boundary.Offers;
import org.parkchain.charging.boundary.Orders;
import org.parkchain.charging.control.BidHelper;
import org.parkchain.charging.control.SlotTimes;
import org.parkchain.charging.entity.Side;
import org.parkchain.charging.entity.TradeForm;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;

/**
 * A station operator's new order or P2P offer: the bid helper proposes a side, slots, kW and price from the station's
 * requirement and rights (explained in words); the operator adjusts them and signs, as an order for the next clearing
 * or as an offer on the board (with preferred partners).
 */
@Named("tradeDraft")
@ViewScoped
public class TradeDraftView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BidAdvice advice;

    @Inject
    Orders orders;

    @Inject
    Offers offers;

    @Inject
    RightsMarketView market;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    @Inject
    SigningStep signing;

    private Long stationId;
    private String side = Side.BUY.name();
    private String from;
    private String to;
    private BigDecimal quantityKw;
    private BigDecimal price;
    private String partners;
    private String explanation;

    /** Asks the bid helper for the chosen station (and side) and fills the form with its proposal. */
    public void propose() {
        try {
            BidHelper.Proposal p = advice.propose(currentUser.name(), stationId, market.getDay(), Side.valueOf(side));
            explanation = TradingJson.explain(p, localeView.getLocale());
            if (p.any()) {
                from = SlotTimes.label(p.from());
                to = SlotTimes.label(p.to());
                quantityKw = p.kw();
            }
            price = p.price();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void signOrder() {
        open(false);
    }

    public void signOffer() {
        open(true);
    }

    private void open(boolean offer) {
        try {
            JsonObject payload = offer ? offers.payload(currentUser.name(), form(offer))
                    : orders.payload(currentUser.name(), form(offer));
            signing.open(currentUser.name(), offer ? Offers.POST : Orders.PLACE, payload, text(payload, offer));
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void confirmSigned() {
        try {
            HeldKeys.Signed signed = signing.sign(currentUser.name());
            if (Offers.POST.equals(signing.getAction())) {
                long id = offers.post(currentUser.name(), signing.payload(), signed.signature(),
                        signed.certificatePem()).getId();
                messages.info("trading.offer.posted", id);
            } else {
                long id = orders.place(currentUser.name(), signing.payload(), signed.signature(),
                        signed.certificatePem()).getId();
                messages.info("trading.order.placed", id);
            }
            signing.close();
            explanation = null;
            market.refresh();
        } catch (BusinessException e) {
            signing.refused(e);
            messages.refused(e);
        }
    }

    TradeForm form(boolean offer) {
        List<String> named = offer && partners != null && !partners.isBlank() ? Arrays.stream(partners.split("[,，\\s]+"))
                .filter(s -> !s.isBlank()).toList() : List.of();
        return new TradeForm(stationId, market.getDay(), side, from, to, quantityKw, price, named);
    }

    private SigningText text(JsonObject p, boolean offer) {
        SigningText t = SigningText.saying(messages.text(offer ? "trading.sign.offer" : "trading.sign.order",
                market.code(p.getJsonNumber("stationId").longValue()), messages.text("trading.side." + p.getString(
                        "side")), p.getString("day")))
                .line(messages.text("trading.slots"), p.getString("from") + " – " + p.getString("to"))
                .line(messages.text("trading.quantityKw"), p.getString("quantityKw") + " kW")
                .line(messages.text("trading.price"), p.getString("price") + " CNY/kWh");
        return p.getJsonArray("partners").isEmpty() ? t : t.line(messages.text("trading.partners"),
                p.getJsonArray("partners").toString());
    }

    public SigningStep getSigning() {
        return signing;
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public BigDecimal getQuantityKw() {
        return quantityKw;
    }

    public void setQuantityKw(BigDecimal quantityKw) {
        this.quantityKw = quantityKw;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public String getExplanation() {
        return explanation;
    }
}
