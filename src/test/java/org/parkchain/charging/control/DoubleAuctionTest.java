package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parkchain.charging.control.DoubleAuction.Outcome;
import org.parkchain.charging.control.DoubleAuction.Rule;
import org.parkchain.charging.control.DoubleAuction.Terms;

/** Both auctions on books worked out by hand (prices in ticks, quantities in lots; cap 100). */
class DoubleAuctionTest {
    static final Terms MCAFEE = new Terms(Rule.MCAFEE, 0.5, 0, 100);
    static final Terms HALF = new Terms(Rule.K_DOUBLE, 0.5, 0, 100);

    static Outcome clear(Terms terms, Object... orders) {
        int n = orders.length / 3;
        boolean[] buy = new boolean[n];
        long[] price = new long[n];
        long[] lots = new long[n];
        for (int i = 0; i < n; i++) {
            buy[i] = "B".equals(orders[3 * i]);
            price[i] = ((Number) orders[3 * i + 1]).longValue();
            lots[i] = ((Number) orders[3 * i + 2]).longValue();
        }
        return DoubleAuction.clear(buy, price, lots, terms);
    }

    @Test
    void mcafeeWithP0InsideTradesAllKUnitsAtP0() {
        // bids 10, 9, 4; asks 2, 3, 8: k = 2 (9 >= 3, 4 < 8); p0 = (4 + 8) / 2 = 6 lies in [s_2, b_2] = [3, 9]
        Outcome o = clear(MCAFEE, "B", 10, 1, "S", 2, 1, "B", 9, 1, "S", 3, 1, "B", 4, 1, "S", 8, 1);
        assertEquals(2, o.k());
        assertEquals(2, o.traded());
        assertFalse(o.reduced());
        assertEquals(6, o.buyPrice());
        assertEquals(6, o.sellPrice());
        assertArrayEquals(new long[] {1, 1, 1, 1, 0, 0}, o.filled());
        assertEquals(10 + 9 - 2 - 3, o.welfare());
        assertEquals(0, o.surplus());
    }

    @Test
    void mcafeeWithP0OutsideDropsTheKthPairAndKeepsTheSurplus() {
        // bids 10, 9, 8; asks 2, 3, 20: k = 2, p0 = (8 + 20) / 2 = 14 > b_2 = 9: one pair trades, buyer pays 9,
        // seller receives 3, the market keeps 6
        Outcome o = clear(MCAFEE, "B", 10, 1, "B", 9, 1, "B", 8, 1, "S", 2, 1, "S", 3, 1, "S", 20, 1);
        assertEquals(2, o.k());
        assertEquals(1, o.traded());
        assertTrue(o.reduced());
        assertEquals(9, o.buyPrice());
        assertEquals(3, o.sellPrice());
        assertArrayEquals(new long[] {1, 0, 0, 1, 0, 0}, o.filled());
        assertEquals(8, o.welfare());
        assertEquals(6, o.surplus());
    }

    @Test
    void partialQuantitiesClearAsTheirUnitsWouldWithoutBeingSplit() {
        // A buys 3 at 10, B 2 at 7; C sells 4 at 5, D 4 at 6. Units: bids 10 10 10 7 7, asks 5 5 5 5 6 6 6 6.
        // k = 5 (b_5 = 7 >= s_5 = 6); no sixth bid: b_6 = floor 0, s_6 = 6; p0 = 3 < s_5: McAfee trades 4 units,
        // A 3 and B 1 at 7, C 4 at 6.
        Outcome m = clear(MCAFEE, "B", 10, 3, "B", 7, 2, "S", 5, 4, "S", 6, 4);
        assertEquals(5, m.k());
        assertEquals(4, m.traded());
        assertArrayEquals(new long[] {3, 1, 4, 0}, m.filled());
        assertEquals(7, m.buyPrice());
        assertEquals(6, m.sellPrice());
        assertEquals(3 * 10 + 7 - 4 * 5, m.welfare());
        assertEquals(4, m.surplus());
        // the k-double auction with κ = 0.5 trades all 5 at round(6.5) = 7; κ = 0 at s_k = 6
        Outcome k = clear(HALF, "B", 10, 3, "B", 7, 2, "S", 5, 4, "S", 6, 4);
        assertArrayEquals(new long[] {3, 2, 4, 1}, k.filled());
        assertEquals(7, k.buyPrice());
        assertEquals(3 * 10 + 2 * 7 - 4 * 5 - 6, k.welfare());
        Outcome k0 = clear(new Terms(Rule.K_DOUBLE, 0, 0, 100), "B", 10, 3, "B", 7, 2, "S", 5, 4, "S", 6, 4);
        assertEquals(6, k0.buyPrice());
        assertEquals(6, k0.sellPrice());
        assertEquals(0, k0.surplus());
    }

    @Test
    void aLargeBuyerMeetsManySmallSellersAtTheMarginalPrice() {
        // one bid of 10 lots at 50; asks 3 at 10, 3 at 20, 3 at 30, 3 at 60: k = 9, b_10 = 50 (the bid's 10th lot),
        // s_10 = 60; p0 = 55 > b_9 = 50: McAfee trades 8 at 50 / 30. The k-double (κ = 0.5) trades 9 at 40.
        Outcome m = clear(MCAFEE, "B", 50, 10, "S", 10, 3, "S", 20, 3, "S", 30, 3, "S", 60, 3);
        assertEquals(9, m.k());
        assertArrayEquals(new long[] {8, 3, 3, 2, 0}, m.filled());
        assertEquals(50, m.buyPrice());
        assertEquals(30, m.sellPrice());
        assertEquals(8 * 20, m.surplus());
        Outcome k = clear(HALF, "B", 50, 10, "S", 10, 3, "S", 20, 3, "S", 30, 3, "S", 60, 3);
        assertArrayEquals(new long[] {9, 3, 3, 3, 0}, k.filled());
        assertEquals(40, k.buyPrice());
    }

    @Test
    void tiesGoToTheEarlierOrder() {
        Outcome o = clear(HALF, "B", 8, 2, "B", 8, 2, "S", 5, 3);
        assertArrayEquals(new long[] {2, 1, 3}, o.filled());
        Outcome later = clear(HALF, "S", 5, 3, "B", 8, 2, "B", 8, 2);
        assertArrayEquals(new long[] {3, 2, 1}, later.filled());
        // equal bid and ask prices cross (b >= s) and trade at that price
        Outcome equal = clear(HALF, "B", 7, 1, "S", 7, 1);
        assertEquals(1, equal.traded());
        assertEquals(7, equal.buyPrice());
    }

    @Test
    void anEmptySideOrNoCrossingTradesNothing() {
        Outcome bidsOnly = clear(MCAFEE, "B", 10, 3, "B", 7, 2);
        assertEquals(0, bidsOnly.traded());
        assertEquals(-1, bidsOnly.buyPrice());
        assertArrayEquals(new long[] {0, 0}, bidsOnly.filled());
        Outcome none = clear(HALF);
        assertEquals(0, none.k());
        Outcome apart = clear(HALF, "B", 4, 3, "S", 5, 3);
        assertEquals(0, apart.traded());
        // a single crossing pair under McAfee: b_2 = floor 0, s_2 = cap 100, p0 = 50 lies outside [5, 8]: no trade
        Outcome single = clear(MCAFEE, "B", 8, 1, "S", 5, 1);
        assertEquals(1, single.k());
        assertEquals(0, single.traded());
        assertTrue(single.reduced());
    }

    @Test
    void ordersOutsideThePriceRangeOrWithoutQuantityAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> clear(MCAFEE, "B", 101, 1));
        assertThrows(IllegalArgumentException.class, () -> clear(MCAFEE, "S", -1, 1));
        assertThrows(IllegalArgumentException.class, () -> clear(MCAFEE, "S", 5, 0));
        assertThrows(IllegalArgumentException.class, () -> new Terms(Rule.K_DOUBLE, 1.5, 0, 100));
    }
}
