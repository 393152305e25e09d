package org.parkchain.charging.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.parkchain.charging.entity.Side;

/**
 * The bid helper (DOMAIN.md section 3): from a station's requirement and current rights, a price and a quantity per
 * slot that its operator can adjust. At {@code t0}, the later of the window's start and the first open slot:
 * <pre>
 *   remaining = requested kWh − kWh held;  left = departure − t0 (h);  LAX = left − remaining / max power
 *   urgency u = 1 − LAX / left, clipped to [0, 1];  flexibility f = deferrable kWh / requested kWh
 *   buyer:  b = floor + (cap − floor) · u^α · (1 − f)        seller: a = floor + (cap − floor) · (1 − f) · u
 * </pre>
 * A buyer bids for what it still needs, spread evenly over the open part of its window and at most what it can
 * still receive in every slot; a seller offers what it can defer ({@code f} of its energy) from the longest run of
 * slots where it holds rights it has not offered yet.
 */
public final class BidHelper {
    private BidHelper() {
    }

    /** What the helper knows of the station: its requirement and its position. */
    public record Situation(double energyKwh, double flexibleShare, Position position, int firstOpen) {
    }

    /**
     * A proposal: side, slot range [from, to) (empty when there is nothing to trade), kW per slot, price, and the
     * figures behind it for the explanation.
     */
    public record Proposal(Side side, int from, int to, BigDecimal kw, BigDecimal price, double remainingKwh,
                           double hoursLeft, double laxityHours, double urgency, double flexibility) {
        public boolean any() {
            return to > from && kw.signum() > 0;
        }
    }

    public static Proposal propose(Side side, Situation s, TradingTerms terms) {
        Position p = s.position();
        int t0 = Math.max(p.from(), s.firstOpen());
        double heldKwh = 0;
        for (double kw : p.held()) {
            heldKwh += kw * 0.25;
        }
        double remaining = Math.max(0, s.energyKwh() - heldKwh);
        double left = Math.max(0, (p.to() - t0) * 0.25);
        double laxity = left - remaining / p.maxKw();
        double urgency = left <= 0 ? 1 : Math.max(0, Math.min(1, 1 - laxity / left));
        double f = Math.max(0, Math.min(1, s.flexibleShare()));
        double cap = terms.priceCap().doubleValue();
        double price = side == Side.BUY ? cap * Math.pow(urgency, terms.alpha()) * (1 - f) : cap * (1 - f) * urgency;
        int from = t0;
        int to = t0;
        double kw = 0;
        if (side == Side.BUY && left > 0 && remaining > 0) {
            to = p.to();
            double room = Double.MAX_VALUE;
            for (int t = from; t < to; t++) {
                room = Math.min(room, p.buyable(t));
            }
            kw = Math.min(room, remaining / left);
        } else if (side == Side.SELL) {
            int[] run = longestRun(p, s.firstOpen());
            from = run[0];
            to = run[1];
            if (to > from) {
                double room = Double.MAX_VALUE;
                for (int t = from; t < to; t++) {
                    room = Math.min(room, p.sellable(t));
                }
                kw = Math.min(room, f * s.energyKwh() / ((to - from) * 0.25));
            }
        }
        BigDecimal lots = BigDecimal.valueOf(Math.floor(kw * 10 + 1e-9) / 10).setScale(1, RoundingMode.DOWN);
        return new Proposal(side, from, lots.signum() > 0 ? to : from, lots,
                BigDecimal.valueOf(price).setScale(3, RoundingMode.HALF_EVEN), remaining, left, laxity, urgency, f);
    }

    /** The longest run of open slots where the station can sell at least a lot. */
    private static int[] longestRun(Position p, int firstOpen) {
        int best = 0;
        int bestFrom = firstOpen;
        int start = -1;
        for (int t = firstOpen; t <= CapacityMargin.SLOTS; t++) {
            boolean ok = t < CapacityMargin.SLOTS && p.sellable(t) >= 0.1 - 1e-9;
            if (ok && start < 0) {
                start = t;
            } else if (!ok && start >= 0) {
                if (t - start > best) {
                    best = t - start;
                    bestFrom = start;
                }
                start = -1;
            }
        }
        return new int[] {bestFrom, bestFrom + best};
    }
}
