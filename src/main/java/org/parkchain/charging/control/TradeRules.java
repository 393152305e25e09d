package org.parkchain.charging.control;

import java.math.BigDecimal;
import java.util.Locale;
import org.parkchain.charging.entity.Side;
import org.parkchain.charging.entity.TradeForm;
import org.parkchain.platform.Problems;

/**
 * The rules an order or offer must meet, beside who may place it (the boundary's check) and what the station holds
 * ({@link Position}): a side, BUY or SELL; a slot range on quarter hours whose every slot is still open for trading
 * (not started, not closer than the close lead); a quantity above 0 in steps of 0.1 kW, at most
 * {@value #MAX_KW} kW; a price from 0 to the cap in steps of 0.001 CNY/kWh.
 */
public final class TradeRules {
    public static final int MAX_KW = 100_000;

    private TradeRules() {
    }

    /** A checked order or offer: side, slots [from, to), kW per slot, price. */
    public record Leg(Side side, int from, int to, BigDecimal kw, BigDecimal price) {
        public boolean buy() {
            return side == Side.BUY;
        }
    }

    /**
     * @param firstOpen the first slot of the form's day still open for trading (96: none)
     * @return the checked leg, or null when {@code problems} received something
     */
    public static Leg check(TradeForm f, TradingTerms terms, int firstOpen, Problems problems) {
        Side side = null;
        if (f.side() != null) {
            try {
                side = Side.valueOf(f.side().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                side = null;
            }
        }
        problems.check(side != null, "side", "error.trade.side");
        int from = SlotTimes.parse(f.from());
        int to = SlotTimes.parse(f.to());
        boolean slots = from >= 0 && from < CapacityMargin.SLOTS && to > from;
        problems.check(slots, "from", "error.trade.slots", String.valueOf(f.from()), String.valueOf(f.to()));
        if (slots && from < firstOpen) {
            problems.add("from", "error.trade.slotClosed", SlotTimes.label(from),
                    firstOpen >= CapacityMargin.SLOTS ? "24:00" : SlotTimes.label(firstOpen),
                    terms.closeBefore().toMinutes());
            slots = false;
        }
        BigDecimal kw = f.quantityKw();
        boolean quantity = kw != null && kw.signum() > 0 && kw.stripTrailingZeros().scale() <= 1
                && kw.compareTo(BigDecimal.valueOf(MAX_KW)) <= 0;
        problems.check(quantity, "quantityKw", kw != null && kw.signum() == 0 ? "error.trade.quantityZero"
                : "error.trade.quantity", MAX_KW);
        BigDecimal price = f.price();
        boolean priced = price != null && price.signum() >= 0 && price.compareTo(terms.priceCap()) <= 0
                && price.stripTrailingZeros().scale() <= 3;
        problems.check(priced, "price", "error.trade.price", terms.priceCap().toPlainString());
        if (side == null || !slots || !quantity || !priced) {
            return null;
        }
        return new Leg(side, from, to, kw.stripTrailingZeros().setScale(1), price.setScale(3));
    }

    /** Adds the problem when the station's position cannot take the leg. */
    public static boolean fits(Leg leg, Position position, Problems problems) {
        Position.Shortfall s = position.shortfall(leg.buy(), leg.from(), leg.to(), leg.kw().doubleValue());
        if (s != null) {
            problems.add("quantityKw", s.key(), s.args());
        }
        return s == null;
    }
}
