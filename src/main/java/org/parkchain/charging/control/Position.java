package org.parkchain.charging.control;

import java.util.Locale;

/**
 * A station's position in its transformer's day: its maximum power and window, the kW of right it holds per slot
 * (allocation plus buys minus sells), and what its open orders and offers have reserved: kW it may still receive
 * ({@code reservedBuy}) and kW it has promised away ({@code reservedSell}). A seller can sell only what it holds and
 * has not offered elsewhere; a buyer can buy only inside its window and up to its maximum power, less what it holds and
 * has bid for already.
 */
public record Position(String code, double maxKw, int from, int to, double[] held, double[] reservedBuy,
                       double[] reservedSell) {
    private static final double EPS = 1e-6;

    /** kW the station can still offer for sale in slot t. */
    public double sellable(int t) {
        return Math.max(0, held[t] - reservedSell[t]);
    }

    /** kW the station can still bid for in slot t (0 outside its window). */
    public double buyable(int t) {
        return t < from || t >= to ? 0 : Math.max(0, maxKw - held[t] - reservedBuy[t]);
    }

    /** Whether {@code kw} per slot over [first, end) fits, else how it does not, as a problem's key and arguments. */
    public Shortfall shortfall(boolean buy, int first, int end, double kw) {
        for (int t = first; t < end; t++) {
            if (buy && (t < from || t >= to)) {
                return new Shortfall("error.trade.outsideWindow", code, SlotTimes.label(t), SlotTimes.label(from),
                        SlotTimes.label(to));
            }
            double room = buy ? buyable(t) : sellable(t);
            if (kw > room + EPS) {
                return buy ? new Shortfall("error.trade.aboveMax", code, SlotTimes.label(t), fmt(kw), fmt(maxKw),
                        fmt(held[t]), fmt(reservedBuy[t]), fmt(room))
                        : new Shortfall("error.trade.moreThanHeld", code, SlotTimes.label(t), fmt(kw), fmt(held[t]),
                        fmt(reservedSell[t]), fmt(room));
            }
        }
        return null;
    }

    public record Shortfall(String key, Object... args) {
    }

    private static String fmt(double kw) {
        return String.format(Locale.ROOT, "%.1f", Math.floor(kw * 10 + EPS) / 10);
    }
}
