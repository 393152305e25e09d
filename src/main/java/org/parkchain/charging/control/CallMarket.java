package org.parkchain.charging.control;

import java.util.Arrays;

/**
 * One clearing of a transformer's day: every order takes part, with its quantity and limit price, in the
 * {@link DoubleAuction} of each open slot of its range; each slot's book clears on its own. The orders are given in
 * time order (the index is the tie-break), as arrays so that a million orders clear without a million objects.
 */
public final class CallMarket {
    private CallMarket() {
    }

    /** The book: per order its side, slot range [from, to), lots per slot and limit price in ticks. */
    public record Book(boolean[] buy, int[] from, int[] to, long[] lots, long[] ticks) {
        public int size() {
            return buy.length;
        }
    }

    /**
     * The result: per slot its outcome (null when the slot was closed or had no order), and the fills as parallel
     * arrays ({@code fills} of them): order index, slot, lots; the buy or sell price is the slot's.
     */
    public record Result(DoubleAuction.Outcome[] slots, int[] fillOrder, int[] fillSlot, long[] fillLots, int fills) {
        public long welfare() {
            return Arrays.stream(slots).filter(o -> o != null).mapToLong(DoubleAuction.Outcome::welfare).sum();
        }

        public long surplus() {
            return Arrays.stream(slots).filter(o -> o != null).mapToLong(DoubleAuction.Outcome::surplus).sum();
        }

        /** The price the order's side pays or receives in a slot, ticks. */
        public long price(Book book, int fill) {
            DoubleAuction.Outcome o = slots[fillSlot[fill]];
            return book.buy()[fillOrder[fill]] ? o.buyPrice() : o.sellPrice();
        }
    }

    /** Clears every slot {@code t} with {@code open[t]}. */
    public static Result clear(Book book, boolean[] open, DoubleAuction.Terms terms) {
        int slots = open.length;
        int n = book.size();
        int[] bidCount = new int[slots];
        int[] askCount = new int[slots];
        for (int i = 0; i < n; i++) {
            if (book.lots()[i] <= 0 || book.ticks()[i] < terms.floorTicks() || book.ticks()[i] > terms.capTicks()
                    || book.from()[i] < 0 || book.to()[i] > slots || book.from()[i] >= book.to()[i]) {
                throw new IllegalArgumentException("order " + i + " out of range");
            }
            int[] count = book.buy()[i] ? bidCount : askCount;
            for (int t = book.from()[i]; t < book.to()[i]; t++) {
                count[t]++;
            }
        }
        long[][] bids = new long[slots][];
        long[][] asks = new long[slots][];
        for (int t = 0; t < slots; t++) {
            bids[t] = new long[open[t] ? bidCount[t] : 0];
            asks[t] = new long[open[t] ? askCount[t] : 0];
        }
        Arrays.fill(bidCount, 0);
        Arrays.fill(askCount, 0);
        for (int i = 0; i < n; i++) {
            boolean buy = book.buy()[i];
            long price = book.ticks()[i];
            for (int t = book.from()[i]; t < book.to()[i]; t++) {
                if (open[t]) {
                    if (buy) {
                        bids[t][bidCount[t]++] = DoubleAuction.bidKey(price, i, terms.capTicks());
                    } else {
                        asks[t][askCount[t]++] = DoubleAuction.askKey(price, i);
                    }
                }
            }
        }
        Fills fills = new Fills(Math.max(16, n));
        DoubleAuction.Outcome[] outcomes = new DoubleAuction.Outcome[slots];
        for (int t = 0; t < slots; t++) {
            if (bids[t].length + asks[t].length == 0) {
                continue;
            }
            Arrays.sort(bids[t]);
            Arrays.sort(asks[t]);
            int slot = t;
            outcomes[t] = DoubleAuction.clearSorted(bids[t], asks[t], book.ticks(), book.lots(), terms,
                    (order, lots) -> fills.add(order, slot, lots));
            bids[t] = null;
            asks[t] = null;
        }
        return new Result(outcomes, fills.order, fills.slot, fills.lots, fills.size);
    }

    /** Growable parallel arrays of fills. */
    private static final class Fills {
        int[] order;
        int[] slot;
        long[] lots;
        int size;

        Fills(int capacity) {
            order = new int[capacity];
            slot = new int[capacity];
            lots = new long[capacity];
        }

        void add(int o, int t, long q) {
            if (size == order.length) {
                int grown = size * 2;
                order = Arrays.copyOf(order, grown);
                slot = Arrays.copyOf(slot, grown);
                lots = Arrays.copyOf(lots, grown);
            }
            order[size] = o;
            slot[size] = t;
            lots[size++] = q;
        }
    }
}
