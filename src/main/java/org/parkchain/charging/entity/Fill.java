package org.parkchain.charging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One station's side of a trade in one slot: {@code kw} of right in (a buy) or out (a sell) and the money owed (a
 * buyer owes {@code amount}, a seller is owed it), from a clearing with the station's order, or from a P2P acceptance
 * with the offer and the counterparty station. A station's rights are its allocation plus its buys minus its sells.
 */
@Entity
@Table(name = "charging_fill")
public class Fill {
    /** Hours in a slot: a kW of right over one slot is a quarter kWh. */
    public static final BigDecimal SLOT_HOURS = new BigDecimal("0.25");

    public enum Source {
        AUCTION, P2P
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "transformer_id", nullable = false)
    private Long transformerId;

    @Column(nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private int slot;

    @Column(name = "station_id", nullable = false)
    private Long stationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;

    @Column(nullable = false)
    private BigDecimal kw;

    @Column(nullable = false)
    private BigDecimal price;

    @Column(name = "amount_cny", nullable = false)
    private BigDecimal amountCny;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(name = "clearing_id")
    private Long clearingId;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "acceptance_id")
    private Long acceptanceId;

    @Column(name = "counterparty")
    private Long counterparty;

    @Column(nullable = false)
    private Instant at;

    protected Fill() {
    }

    private Fill(PostedRange origin, long stationId, Side side, int slot, BigDecimal kw, BigDecimal price, Instant at) {
        this.transformerId = origin.getTransformerId();
        this.day = origin.getDay();
        this.slot = slot;
        this.stationId = stationId;
        this.side = side;
        this.kw = kw;
        this.price = price;
        this.amountCny = amount(kw, price);
        this.at = at;
    }

    /** An order's fill in a clearing. */
    public static Fill auction(TradeOrder order, long clearingId, int slot, BigDecimal kw, BigDecimal price,
                               Instant at) {
        Fill f = new Fill(order, order.getStationId(), order.getSide(), slot, kw, price, at);
        f.source = Source.AUCTION;
        f.clearingId = clearingId;
        f.orderId = order.getId();
        return f;
    }

    /** One side of a P2P trade: {@code station} (the poster or the acceptor) buys or sells with {@code counterparty}. */
    public static Fill p2p(Offer offer, Acceptance acceptance, long station, Side side, long counterparty, int slot,
                           Instant at) {
        Fill f = new Fill(offer, station, side, slot, acceptance.getKw(), offer.getPrice(), at);
        f.source = Source.P2P;
        f.offerId = offer.getId();
        f.acceptanceId = acceptance.getId();
        f.counterparty = counterparty;
        return f;
    }

    /** kW over one slot at a price per kWh: {@code kw × 0.25 h × price}, exact (7 decimals). */
    public static BigDecimal amount(BigDecimal kw, BigDecimal price) {
        return kw.multiply(SLOT_HOURS).multiply(price).setScale(7, RoundingMode.UNNECESSARY);
    }

    /** +kw for a buy, −kw for a sell. */
    public double signedKw() {
        return side == Side.BUY ? kw.doubleValue() : -kw.doubleValue();
    }

    public Long getId() {
        return id;
    }

    public Long getTransformerId() {
        return transformerId;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getSlot() {
        return slot;
    }

    public String getSlotLabel() {
        return org.parkchain.charging.control.SlotTimes.label(slot);
    }

    public Long getStationId() {
        return stationId;
    }

    public Side getSide() {
        return side;
    }

    public BigDecimal getKw() {
        return kw;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public BigDecimal getAmountCny() {
        return amountCny;
    }

    public Source getSource() {
        return source;
    }

    public Long getClearingId() {
        return clearingId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getAcceptanceId() {
        return acceptanceId;
    }

    public Long getCounterparty() {
        return counterparty;
    }

    public Instant getAt() {
        return at;
    }
}
