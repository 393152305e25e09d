package org.parkchain.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Variable;
import org.parkchain.charging.control.CallMarket;
import org.parkchain.charging.control.DoubleAuction;
import org.parkchain.devserver.PayaraProcess;

/**
 * Trading charging rights (issue 16). (1) Clearing a book of 1,000,000 orders over 96 slots (ranges of 1 to 4 slots,
 * 1 to 500 lots, overlapping bid and ask prices) with McAfee and with the k-double auction. (2) The LP oracle
 * (ojAlgo, the welfare-maximising trade) against the auction on one slot's book it can solve, as a ratio. (3) P2P
 * acceptances per second through the REST API of a started application with 8 concurrent clients (each acceptance:
 * prepare the payload, sign it, post it), all taking 0.1 kW at a time from the same offers on one transformer, and
 * then the check that no right was sold twice. Writes target/benchmarks/trading.md.
 */
public final class TradingBenchmark {
    static final int ORDERS = 1_000_000;
    static final long CAP = 2_000;
    static final int CLIENTS = Integer.getInteger("bench.p2pClients", 8);

    private TradingBenchmark() {
    }

    static CallMarket.Book book(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        CallMarket.Book b = new CallMarket.Book(new boolean[n], new int[n], new int[n], new long[n], new long[n]);
        for (int i = 0; i < n; i++) {
            boolean buy = r.nextBoolean();
            int from = r.nextInt(96);
            b.buy()[i] = buy;
            b.from()[i] = from;
            b.to()[i] = Math.min(96, from + 1 + r.nextInt(4));
            b.lots()[i] = 1 + r.nextInt(500);
            b.ticks()[i] = buy ? 400 + r.nextInt(1_200) : 300 + r.nextInt(1_200);
        }
        return b;
    }

    static double clearMs(CallMarket.Book b, DoubleAuction.Terms terms, boolean[] open) {
        long start = System.nanoTime();
        CallMarket.clear(b, open, terms);
        return (System.nanoTime() - start) / 1e6;
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 11);
        CallMarket.Book book = book(20261202L, ORDERS);
        long entries = 0;
        for (int i = 0; i < ORDERS; i++) {
            entries += book.to()[i] - book.from()[i];
        }
        boolean[] open = new boolean[96];
        Arrays.fill(open, true);
        DoubleAuction.Terms mcafee = new DoubleAuction.Terms(DoubleAuction.Rule.MCAFEE, 0.5, 0, CAP);
        DoubleAuction.Terms kDouble = new DoubleAuction.Terms(DoubleAuction.Rule.K_DOUBLE, 0.5, 0, CAP);
        for (int i = 0; i < 3; i++) {
            clearMs(book, mcafee, open);
            clearMs(book, kDouble, open);
        }
        double[] m = new double[rounds];
        double[] k = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            m[i] = clearMs(book, mcafee, open);
            k[i] = clearMs(book, kDouble, open);
        }
        Arrays.sort(m);
        Arrays.sort(k);
        CallMarket.Result result = CallMarket.clear(book, open, mcafee);
        double[] oracle = oracle(Integer.getInteger("bench.oracleOrders", 20_000));
        double[] p2p = p2p(Integer.getInteger("bench.p2pSeconds", 20));
        String report = String.format(Locale.ROOT, """
                ## Charging rights trading (issue 16)

                Command: `./mvnw -Pbenchmark -Dbench.skipMirror=true -Dbench.skipRecommendation=true \
                -Dbench.skipSettlement=true -Dbench.skipCharging=true` (writes `target/benchmarks/trading.md`).

                Book: %,d orders over 96 slots (ranges of 1–4 slots: %,d order-slot entries; 1–500 lots of 0.1 kW; \
                bids 0.400–1.599, asks 0.300–1.499 CNY/kWh), seed 20261202; %d timed rounds after 3 warm-up rounds, \
                on %d cores (one thread).

                | measure | value |
                |---|---|
                | clearing the whole book, McAfee: median / worst | %.0f ms / %.0f ms |
                | clearing the whole book, k-double (κ = 0.5): median / worst | %.0f ms / %.0f ms |
                | fills produced (McAfee) | %,d |
                | one slot's book of %,d orders: ours / the LP oracle (ojAlgo) | %.2f ms / %.0f ms |
                | ratio oracle / ours on that book | %,.0f × |
                | P2P acceptances through the REST API, %d clients, %d s | %.0f per second |
                | latency of a signed acceptance: p50 / p99 | %.0f ms / %.0f ms |
                | acceptances refused (offer used up or lock contention) | %.0f |
                | kW sold beyond what the offers held | %.1f |

                """, ORDERS, entries, rounds, Runtime.getRuntime().availableProcessors(), m[rounds / 2], m[rounds - 1],
                k[rounds / 2], k[rounds - 1], result.fills(), (int) oracle[0], oracle[1], oracle[2],
                oracle[2] / oracle[1], CLIENTS, (int) p2p[4], p2p[0], p2p[1], p2p[2], p2p[3], p2p[5]);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("trading.md"), report);
        System.exit(0);
    }

    /** {orders, our ms (median of 21), the LP's ms} on one slot's random book. */
    static double[] oracle(int n) {
        CallMarket.Book one = book(7L, n);
        boolean[] buy = one.buy();
        long[] price = one.ticks();
        long[] lots = one.lots();
        DoubleAuction.Terms terms = new DoubleAuction.Terms(DoubleAuction.Rule.K_DOUBLE, 0.5, 0, CAP);
        double[] ours = new double[21];
        DoubleAuction.Outcome outcome = null;
        for (int i = 0; i < 5 + ours.length; i++) {
            long start = System.nanoTime();
            outcome = DoubleAuction.clear(buy, price, lots, terms);
            if (i >= 5) {
                ours[i - 5] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ours);
        long start = System.nanoTime();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Expression balance = model.addExpression("balance").level(0);
        for (int i = 0; i < n; i++) {
            Variable v = model.addVariable("q" + i).lower(0).upper(lots[i]).weight(buy[i] ? price[i] : -price[i]);
            balance.set(v, buy[i] ? 1 : -1);
        }
        double lp = model.maximise().getValue();
        double lpMs = (System.nanoTime() - start) / 1e6;
        if (Math.abs(lp - outcome.welfare()) > 1e-6 * Math.max(1, lp)) {
            throw new IllegalStateException("the LP's welfare " + lp + " is not the auction's " + outcome.welfare());
        }
        return new double[] {n, ours[ours.length / 2], lpMs};
    }

    /** {per second, p50 ms, p99 ms, refused, seconds, kW oversold} of P2P acceptances through the API. */
    static double[] p2p(int seconds) throws Exception {
        // -Dbench.appJavaOptions=-XX:StartFlightRecording=filename=target/p2p.jfr,settings=profile profiles the app
        try (PayaraProcess app = BenchApps.start("bench_trading", Map.of())) {
            return TradingLoad.run(app.baseUrl(), seconds, CLIENTS);
        }
    }
}
