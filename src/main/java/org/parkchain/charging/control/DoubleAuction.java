package org.parkchain.charging.control;

import java.util.Arrays;

/**
 * The call-market double auction of one slot's book (DOMAIN.md section 3). Quantities are whole lots (the caller's
 * unit, e.g. 0.1 kW of right) and prices whole ticks; an order of q lots behaves exactly as q unit orders at its price
 * placed one after the other, without being split into them: the bids are sorted by price descending and the asks
 * ascending (ties: the earlier order, i.e. the lower index, first), and the two cumulative curves are walked once.
 * {@code k} is the number of units for which the k-th bid unit is at least the k-th ask unit; {@code b_k, s_k} are
 * the prices of the k-th units, {@code b_{k+1}, s_{k+1}} of the next ones (a side with no next unit counts as the
 * price floor for bids and the price cap for asks, the most extreme prices a valid order can name).
 * <ul>
 * <li>McAfee trade reduction (truthful for unit traders): {@code p0 = (b_{k+1} + s_{k+1}) / 2}, rounded down to a
 * tick; if {@code s_k <= p0 <= b_k} all k units trade at p0; otherwise the k-th unit pair is dropped, the other k-1
 * units trade, buyers pay {@code b_k}, sellers receive {@code s_k}, and the difference is the market's surplus.</li>
 * <li>Uniform-price k-double auction: all k units trade at {@code κ·b_k + (1−κ)·s_k}, rounded to the nearest tick
 * (which stays within [s_k, b_k]); it reaches the maximum welfare.</li>
 * </ul>
 */
public final class DoubleAuction {
    /** Bits kept for the order index in a sort key (a book has fewer than 2^40 orders). */
    private static final int INDEX_BITS = 40;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private DoubleAuction() {
    }

    public enum Rule {
        MCAFEE, K_DOUBLE
    }

    /**
     * How a book clears: the rule, κ for the k-double auction, and the price range every order is within (ticks;
     * the cap must be below 2^23).
     */
    public record Terms(Rule rule, double kappa, long floorTicks, long capTicks) {
        public Terms {
            if (kappa < 0 || kappa > 1 || floorTicks < 0 || capTicks < floorTicks || capTicks >= 1L << 23) {
                throw new IllegalArgumentException("terms out of range");
            }
        }
    }

    /**
     * What a book cleared to. {@code filled[i]} lots of order i; buyers pay {@code buyPrice} and sellers receive
     * {@code sellPrice} per unit (equal unless McAfee reduced the trade); {@code k} crossing units, of which
     * {@code traded} trade; welfare (Σ filled bid prices − Σ filled ask prices) and surplus (payments − receipts) in
     * tick·lots. Prices are -1 when nothing crossed.
     */
    public record Outcome(long[] filled, long k, long traded, long buyPrice, long sellPrice, long marginalBid,
                          long marginalAsk, boolean reduced, long welfare, long surplus) {
    }

    /**
     * Clears one book. Orders are given in time order (index = priority); {@code buy[i]} tells the side,
     * {@code price[i]} the limit in ticks, {@code lots[i] > 0} the quantity.
     */
    public static Outcome clear(boolean[] buy, long[] price, long[] lots, Terms terms) {
        int n = buy.length;
        int nb = 0;
        for (boolean b : buy) {
            nb += b ? 1 : 0;
        }
        long[] bids = new long[nb];
        long[] asks = new long[n - nb];
        int ib = 0;
        int ia = 0;
        for (int i = 0; i < n; i++) {
            if (price[i] < terms.floorTicks() || price[i] > terms.capTicks() || lots[i] <= 0) {
                throw new IllegalArgumentException("order " + i + " out of range");
            }
            if (buy[i]) {
                bids[ib++] = bidKey(price[i], i, terms.capTicks());
            } else {
                asks[ia++] = askKey(price[i], i);
            }
        }
        Arrays.sort(bids);
        Arrays.sort(asks);
        long[] filled = new long[n];
        Outcome o = clearSorted(bids, asks, price, lots, terms, (order, q) -> filled[order] = q);
        return new Outcome(filled, o.k(), o.traded(), o.buyPrice(), o.sellPrice(), o.marginalBid(),
                o.marginalAsk(), o.reduced(), o.welfare(), o.surplus());
    }

    /** Receives the fills of a clearing: order index and lots. */
    @FunctionalInterface
    public interface FillSink {
        void fill(int order, long lots);
    }

    /** A bid's sort key: price descending, then index (time) ascending. */
    static long bidKey(long price, int index, long capTicks) {
        return (capTicks - price) << INDEX_BITS | index;
    }

    /** An ask's sort key: price ascending, then index (time) ascending. */
    static long askKey(long price, int index) {
        return price << INDEX_BITS | index;
    }

    /**
     * The walk over books already sorted into keys ({@link #bidKey}, {@link #askKey}); {@code sink} receives the
     * fills (the outcome's {@code filled} is null).
     */
    static Outcome clearSorted(long[] bids, long[] asks, long[] price, long[] lots, Terms terms, FillSink sink) {
        return clearSorted(bids, bids.length, asks, asks.length, price, lots, terms, sink);
    }

    static Outcome clearSorted(long[] bids, int nBids, long[] asks, int nAsks, long[] price, long[] lots,
                               Terms terms, FillSink sink) {
        // Walk the two curves: k units cross while the current bid unit is at least the current ask unit.
        int i = 0;
        int j = 0;
        long leftBid = nBids > 0 ? lots(bids[0], lots) : 0;
        long leftAsk = nAsks > 0 ? lots(asks[0], lots) : 0;
        long k = 0;
        long bk = -1;
        long sk = -1;
        while (i < nBids && j < nAsks && price(bids[i], price) >= price(asks[j], price)) {
            long q = Math.min(leftBid, leftAsk);
            k += q;
            bk = price(bids[i], price);
            sk = price(asks[j], price);
            leftBid -= q;
            leftAsk -= q;
            if (leftBid == 0 && ++i < nBids) {
                leftBid = lots(bids[i], lots);
            }
            if (leftAsk == 0 && ++j < nAsks) {
                leftAsk = lots(asks[j], lots);
            }
        }
        if (k == 0) {
            return new Outcome(null, 0, 0, -1, -1, -1, -1, false, 0, 0);
        }
        long nextBid = i < nBids ? price(bids[i], price) : terms.floorTicks();
        long nextAsk = j < nAsks ? price(asks[j], price) : terms.capTicks();
        long traded = k;
        long buyPrice;
        long sellPrice;
        boolean reduced = false;
        if (terms.rule() == Rule.MCAFEE) {
            long twice = nextBid + nextAsk;
            if (2 * sk <= twice && twice <= 2 * bk) {
                buyPrice = twice / 2;
                sellPrice = buyPrice;
            } else {
                reduced = true;
                traded = k - 1;
                buyPrice = bk;
                sellPrice = sk;
            }
        } else {
            buyPrice = Math.round(terms.kappa() * bk + (1 - terms.kappa()) * sk);
            buyPrice = Math.max(sk, Math.min(bk, buyPrice));
            sellPrice = buyPrice;
        }
        long welfare = fill(bids, nBids, traded, price, lots, sink) - fill(asks, nAsks, traded, price, lots, sink);
        return new Outcome(null, k, traded, buyPrice, sellPrice, bk, sk, reduced, welfare,
                traded * (buyPrice - sellPrice));
    }

    /** Fills the first {@code units} units of a sorted side; returns the sum of their limit prices. */
    private static long fill(long[] side, int n, long units, long[] price, long[] lots, FillSink sink) {
        long left = units;
        long value = 0;
        for (int x = 0; x < n && left > 0; x++) {
            int o = (int) (side[x] & INDEX_MASK);
            long q = Math.min(left, lots[o]);
            sink.fill(o, q);
            value += q * price[o];
            left -= q;
        }
        return value;
    }

    private static long price(long key, long[] price) {
        return price[(int) (key & INDEX_MASK)];
    }

    private static long lots(long key, long[] lots) {
        return lots[(int) (key & INDEX_MASK)];
    }
}
