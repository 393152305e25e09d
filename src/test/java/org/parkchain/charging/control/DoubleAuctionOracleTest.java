package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.parkchain.charging.control.DoubleAuction.Outcome;
import org.parkchain.charging.control.DoubleAuction.Rule;
import org.parkchain.charging.control.DoubleAuction.Terms;

/**
 * Both auctions against an independent oracle on random books: the welfare-maximising trade as a linear program
 * solved by ojAlgo (maximise Σ b_i x_i − Σ s_j y_j with Σ x = Σ y, 0 ≤ x_i ≤ q_i, 0 ≤ y_j ≤ q_j). The uniform-price
 * auction reaches it; McAfee loses at most the marginal pair (b_k − s_k for one lot); nobody pays more than its bid
 * or receives less than its ask; payments = receipts + surplus; no order fills beyond its quantity.
 */
class DoubleAuctionOracleTest {
    static final long CAP = 200;

    record Book(boolean[] buy, long[] price, long[] lots) {
        static Book random(SplittableRandom r, int maxOrders, int maxLots, long cap) {
            int n = r.nextInt(0, maxOrders + 1);
            boolean[] buy = new boolean[n];
            long[] price = new long[n];
            long[] lots = new long[n];
            for (int i = 0; i < n; i++) {
                buy[i] = r.nextBoolean();
                price[i] = r.nextLong(0, cap + 1);
                lots[i] = r.nextLong(1, maxLots + 1);
            }
            return new Book(buy, price, lots);
        }
    }

    @Property(tries = 300)
    void theKDoubleAuctionReachesTheLpOptimumAndMcAfeeLosesAtMostTheMarginalPair(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Book b = Book.random(r, 14, 30, CAP);
        double optimum = welfareOptimum(b);
        double kappa = r.nextInt(0, 11) / 10.0;
        Outcome k = DoubleAuction.clear(b.buy(), b.price(), b.lots(), new Terms(Rule.K_DOUBLE, kappa, 0, CAP));
        assertEquals(optimum, k.welfare(), 1e-6, "k-double welfare");
        assertEquals(0, k.surplus());
        checkSound(b, k);
        Outcome m = DoubleAuction.clear(b.buy(), b.price(), b.lots(), new Terms(Rule.MCAFEE, 0.5, 0, CAP));
        assertEquals(k.k(), m.k());
        assertTrue(m.welfare() <= optimum + 1e-6);
        long marginal = m.k() == 0 ? 0 : m.marginalBid() - m.marginalAsk();
        assertTrue(optimum - m.welfare() <= marginal + 1e-6, () -> "McAfee lost " + (optimum - m.welfare())
                + " > b_k - s_k = " + marginal);
        assertTrue(m.traded() >= m.k() - 1);
        checkSound(b, m);
    }

    /** Individually rational, balanced, within quantities, and the same volume on both sides. */
    static void checkSound(Book b, Outcome o) {
        long bought = 0;
        long sold = 0;
        long payments = 0;
        long receipts = 0;
        for (int i = 0; i < b.buy().length; i++) {
            long f = o.filled()[i];
            assertTrue(f >= 0 && f <= b.lots()[i]);
            if (f == 0) {
                continue;
            }
            if (b.buy()[i]) {
                assertTrue(o.buyPrice() <= b.price()[i], "a buyer charged above its bid");
                bought += f;
                payments += f * o.buyPrice();
            } else {
                assertTrue(o.sellPrice() >= b.price()[i], "a seller paid below its ask");
                sold += f;
                receipts += f * o.sellPrice();
            }
        }
        assertEquals(bought, sold);
        assertEquals(o.traded(), bought);
        assertEquals(payments, receipts + o.surplus(), "payments = receipts + surplus");
        assertTrue(o.surplus() >= 0);
    }

    static double welfareOptimum(Book b) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Expression balance = model.addExpression("balance").level(0);
        for (int i = 0; i < b.buy().length; i++) {
            Variable v = model.addVariable("q" + i).lower(0).upper(b.lots()[i])
                    .weight(b.buy()[i] ? b.price()[i] : -b.price()[i]);
            balance.set(v, b.buy()[i] ? 1 : -1);
        }
        Optimisation.Result result = model.maximise();
        assertTrue(result.getState().isOptimal(), result.toString());
        return result.getValue();
    }
}
