package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.parkchain.charging.control.DoubleAuction.Outcome;
import org.parkchain.charging.control.DoubleAuction.Rule;
import org.parkchain.charging.control.DoubleAuction.Terms;

/**
 * McAfee's truthfulness, checked: on random books (the others' orders of any quantity), a trader with one lot to buy
 * or sell at its true value cannot raise its utility by naming any other price on the whole tick grid (utility
 * value − price for a buyer that trades, price − value for a seller). It is the theorem's domain: a trader with
 * several lots at one price can gain by shading its price when its own lots set the clearing price (demand
 * reduction), shown by hand below; docs/architecture.md says so too.
 */
class McAfeeTruthfulnessTest {
    static final long CAP = 40;
    static final Terms MCAFEE = new Terms(Rule.MCAFEE, 0.5, 0, CAP);

    @Property(tries = 400)
    void noUnitTraderGainsByMisreporting(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DoubleAuctionOracleTest.Book others = DoubleAuctionOracleTest.Book.random(r, 10, 6, CAP);
        int n = others.buy().length + 1;
        int at = r.nextInt(0, n);
        boolean buyer = r.nextBoolean();
        long value = r.nextLong(0, CAP + 1);
        boolean[] buy = new boolean[n];
        long[] price = new long[n];
        long[] lots = new long[n];
        for (int i = 0, o = 0; i < n; i++) {
            if (i == at) {
                buy[i] = buyer;
                lots[i] = 1;
            } else {
                buy[i] = others.buy()[o];
                price[i] = others.price()[o];
                lots[i] = others.lots()[o++];
            }
        }
        price[at] = value;
        long truthful = utility(DoubleAuction.clear(buy, price, lots, MCAFEE), at, buyer, value);
        for (long report = 0; report <= CAP; report++) {
            price[at] = report;
            long deviating = utility(DoubleAuction.clear(buy, price, lots, MCAFEE), at, buyer, value);
            long shown = report;
            assertTrue(deviating <= truthful, () -> (buyer ? "buyer" : "seller") + " with value " + value
                    + " gains " + deviating + " > " + truthful + " by reporting " + shown);
        }
    }

    @Test
    void aTraderWithSeveralLotsCanGainByShading() {
        // A buys 5 lots worth 8 each, B 1 lot worth 10; C sells 5 at 1. Truthful: k = 5, b_6 = floor 0, s_6 = cap 40,
        // p0 = 20 > b_5 = 8: 4 lots trade at 8, A's utility 3 × (8 − 8) = 0. Reporting 7: 4 lots at 7, utility 3.
        boolean[] buy = {true, true, false};
        long[] lots = {5, 1, 5};
        long truthful = utility(DoubleAuction.clear(buy, new long[] {8, 10, 1}, lots, MCAFEE), 0, true, 8);
        long shaded = utility(DoubleAuction.clear(buy, new long[] {7, 10, 1}, lots, MCAFEE), 0, true, 8);
        assertEquals(0, truthful);
        assertEquals(3, shaded);
    }

    static long utility(Outcome o, int trader, boolean buyer, long value) {
        long f = o.filled()[trader];
        return buyer ? f * (value - o.buyPrice()) : f * (o.sellPrice() - value);
    }
}
