package org.parkchain.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.parkchain.charging.control.CapacityMargin;
import org.parkchain.charging.control.FairAllocation;
import org.parkchain.charging.control.FairAllocationOracleBench;

/**
 * Allocation of charging rights for 10,000 stations × 96 slots on 20 transformers (issue 15): 500 stations per
 * transformer with random windows (most in the evening), 7 to 150 kW, energies up to what their window reaches,
 * willingness 1 to 5, a fifth with a guaranteed minimum; each transformer's margin from a base-load profile that
 * leaves the evening short. Times the whole park (the 20 transformers one after the other, and on the machine's cores),
 * the bytes allocated and the heap in use; then the LP oracle (ojAlgo, the sequence of max-min LPs) on the same
 * instance's first transformer, as a ratio. Writes target/benchmarks/charging.md.
 */
public final class ChargingBenchmark {
    static final int TRANSFORMERS = 20;
    static final int PER_TRANSFORMER = 500;

    private ChargingBenchmark() {
    }

    record Park(double[][] margins, List<List<FairAllocation.Request>> requests) {
    }

    static Park park(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] margins = new double[TRANSFORMERS][];
        List<List<FairAllocation.Request>> requests = new ArrayList<>();
        for (int k = 0; k < TRANSFORMERS; k++) {
            double limit = 2_000 + r.nextInt(2_000);
            double[] base = new double[CapacityMargin.SLOTS];
            for (int t = 0; t < base.length; t++) {
                double hour = t / 4.0;
                base[t] = limit * (hour < 7 ? 0.35 : hour < 17 ? 0.7 : hour < 22 ? 0.75 : 0.4)
                        * (0.95 + 0.1 * r.nextDouble());
            }
            margins[k] = CapacityMargin.of(limit, base, 100);
            List<FairAllocation.Request> list = new ArrayList<>();
            for (int i = 0; i < PER_TRANSFORMER; i++) {
                boolean evening = r.nextInt(4) > 0;
                int from = evening ? 64 + r.nextInt(20) : r.nextInt(80);
                int to = Math.min(96, from + 4 + r.nextInt(evening ? 40 : 30));
                double max = 7 + r.nextInt(144);
                double energy = Math.max(1, Math.round(max * (to - from) * 0.25 * (0.2 + 0.8 * r.nextDouble())));
                double min = r.nextInt(5) == 0 ? Math.min(max, energy / ((to - from) * 0.25)) * 0.3 : 0;
                list.add(new FairAllocation.Request(energy, Math.floor(min * 10) / 10, max, from, to,
                        1 + r.nextInt(5)));
            }
            requests.add(list);
        }
        return new Park(margins, requests);
    }

    static double sequential(Park p) {
        long start = System.nanoTime();
        for (int k = 0; k < TRANSFORMERS; k++) {
            FairAllocation.allocate(p.margins()[k], p.requests().get(k));
        }
        return (System.nanoTime() - start) / 1e6;
    }

    static double parallel(Park p, ForkJoinPool pool) throws Exception {
        long start = System.nanoTime();
        pool.submit(() -> IntStream.range(0, TRANSFORMERS).parallel()
                .forEach(k -> FairAllocation.allocate(p.margins()[k], p.requests().get(k)))).get();
        return (System.nanoTime() - start) / 1e6;
    }

    record Oracle(int stations, double mineMs, double seconds, String note) {
    }

    /** Ours (best of 20 runs) and the LP oracle (once, with a time limit) on the first stations of transformer 0. */
    static Oracle oracle(Park park, int stations, long limitSeconds) {
        List<FairAllocation.Request> first = park.requests().get(0).subList(0, stations);
        double mine = Double.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long o = System.nanoTime();
            FairAllocation.allocate(park.margins()[0], first);
            mine = Math.min(mine, (System.nanoTime() - o) / 1e6);
        }
        long start = System.nanoTime();
        FairAllocationOracleBench.Outcome outcome = FairAllocationOracleBench.levels(park.margins()[0], first,
                limitSeconds);
        double seconds = (System.nanoTime() - start) / 1e9;
        String note = outcome.complete() ? "the whole sequence, " + outcome.lps() + " LPs"
                : "stopped at the " + limitSeconds + " s limit after " + outcome.lps() + " LPs, " + outcome.fixed()
                + " of " + stations + " stations fixed";
        return new Oracle(stations, mine, seconds, note);
    }

    public static void main(String[] args) throws Exception {
        Park park = park(20261202L);
        int rounds = Integer.getInteger("bench.rounds", 15);
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < 5; i++) {
            sequential(park);
            parallel(park, pool);
        }
        double[] seq = new double[rounds];
        double[] par = new double[rounds];
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (int i = 0; i < rounds; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            seq[i] = sequential(park);
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
            par[i] = parallel(park, pool);
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        Arrays.sort(seq);
        Arrays.sort(par);
        int stations = TRANSFORMERS * PER_TRANSFORMER;
        Oracle small = oracle(park, 50, 3_600);
        System.out.println(small);
        Oracle whole = oracle(park, PER_TRANSFORMER, Long.getLong("bench.oracleSeconds", 300L));
        System.out.println(whole);
        String report = String.format(Locale.ROOT, """
                ## Charging rights allocation (issue 15)

                Command: `./mvnw -Pbenchmark -Dbench.skipMirror=true -Dbench.skipRecommendation=true \
                -Dbench.skipSettlement=true` (writes `target/benchmarks/charging.md`).

                Instance: %,d stations × 96 slots on %d transformers (%d per transformer), seed 20261202; %d timed rounds \
                after 5 warm-up rounds, on %d cores.

                | measure | value |
                |---|---|
                | whole park, transformers one after the other: median / worst | %.1f ms / %.1f ms |
                | whole park, transformers in parallel: median / worst | %.1f ms / %.1f ms |
                | bytes allocated per run (one thread, whole park) | %,.1f MB |
                | heap in use after the runs and a GC | %,.1f MB |
                | the first transformer (%d stations): ours / the LP oracle (ojAlgo) | %.1f ms / %.1f s (%s) |
                | ratio oracle / ours on that transformer | at least %,.0f × |
                | its first %d stations alone: ours / the LP oracle | %.2f ms / %.1f s (%s) |
                | ratio oracle / ours on those 50 | %,.0f × |

                """, stations, TRANSFORMERS, PER_TRANSFORMER, rounds, Runtime.getRuntime().availableProcessors(),
                seq[rounds / 2], seq[rounds - 1], par[rounds / 2], par[rounds - 1], allocated / 1e6, heapAfter / 1e6,
                PER_TRANSFORMER, whole.mineMs(), whole.seconds(), whole.note(), whole.seconds() * 1000 / whole.mineMs(),
                small.stations(), small.mineMs(), small.seconds(), small.note(), small.seconds() * 1000 / small.mineMs());
        System.out.println(report);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("charging.md"), report);
        pool.shutdown();
    }
}
