package org.parkchain.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.profiles.control.LoadScenarios;
import org.parkchain.profiles.control.LoadSeries;
import org.parkchain.profiles.control.Recommender;
import org.parkchain.profiles.control.UsageProfile;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.Tariffs;

/**
 * Recommendation for 10,000 residents × 50 plans with hourly one-year profiles (issue 5): the profiles are
 * aggregated once (as on upload), then every resident's plans are ranked with 200 scenarios and CVaR 95 %. Reports
 * single-threaded and all-core figures; writes target/benchmarks/recommendation.md.
 */
public final class RecommendationBenchmark {
    private RecommendationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int residents = Integer.getInteger("bench.residents", 10_000);
        int planCount = Integer.getInteger("bench.plans", 50);
        int scenarios = Integer.getInteger("bench.scenarios", 200);
        int rounds = Integer.getInteger("bench.rounds", 5);
        CatalogTariff catalog = Tariffs.park();

        long t0 = System.nanoTime();
        UsageProfile[] profiles = new UsageProfile[residents];
        IntStream.range(0, residents).parallel().forEach(i -> profiles[i] = UsageProfile.of(hourlyYear(i), catalog));
        double prepareSeconds = (System.nanoTime() - t0) / 1e9;

        List<Recommender.Candidate> plans = plans(planCount);
        Recommender recommender = new Recommender(new LoadScenarios(scenarios, 13, 20261123L));
        double[] single = new double[rounds];
        double[] parallel = new double[rounds];
        double checksum = 0;
        for (int warm = 0; warm < 2; warm++) {
            checksum += rankAll(recommender, profiles, catalog, plans, false);
        }
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            checksum += rankAll(recommender, profiles, catalog, plans, false);
            single[r] = (System.nanoTime() - s) / 1e9;
            s = System.nanoTime();
            checksum += rankAll(recommender, profiles, catalog, plans, true);
            parallel[r] = (System.nanoTime() - s) / 1e9;
        }
        Arrays.sort(single);
        Arrays.sort(parallel);
        String report = String.format("""
                        | figure | value |
                        |---|---|
                        | residents × plans × scenarios | %,d × %d × %d (hourly one-year profiles, 8,760 readings each) |
                        | profile aggregation (once, on upload), all cores | %.2f s |
                        | recommendation for all residents, 1 thread: best / median of %d | %.2f s / %.2f s |
                        | recommendation for all residents, %d threads: best / median of %d | %.2f s / %.2f s |
                        | target | under 2 s |
                        """, residents, planCount, scenarios, prepareSeconds, rounds, single[0], single[rounds / 2],
                ForkJoinPool.getCommonPoolParallelism() + 1, rounds, parallel[0], parallel[rounds / 2]);
        System.out.println(report + "(checksum " + Math.round(checksum) + ")");
        Path out = Path.of("target", "benchmarks", "recommendation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static double rankAll(Recommender recommender, UsageProfile[] profiles, CatalogTariff catalog,
                                  List<Recommender.Candidate> plans, boolean parallel) {
        IntStream range = IntStream.range(0, profiles.length);
        return (parallel ? range.parallel() : range)
                .mapToDouble(i -> recommender.rank(profiles[i], catalog, plans, 0.5).get(0).score()).sum();
    }

    /** A year of hourly readings from 2026-01-01 with a shop, office or workshop shape and day-to-day swings. */
    static LoadSeries hourlyYear(int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double level = 0.3 + r.nextDouble() * 6;
        int open = 7 + r.nextInt(3);
        int close = 17 + r.nextInt(5);
        double[] kWh = new double[8760];
        double day = 1;
        for (int h = 0; h < kWh.length; h++) {
            if (h % 24 == 0) {
                day = Math.exp(0.3 * (r.nextDouble() - 0.5));
            }
            int hour = h % 24;
            double shape = hour >= open && hour < close ? 1 : 0.15;
            kWh[h] = level * shape * day * (0.9 + 0.2 * r.nextDouble());
        }
        return new LoadSeries(LocalDateTime.of(2026, 1, 1, 0, 0), 60, kWh);
    }

    static List<Recommender.Candidate> plans(int n) {
        SplittableRandom r = new SplittableRandom(7);
        List<Recommender.Candidate> list = new ArrayList<>();
        for (int id = 1; id <= n; id++) {
            double p = 0.45 + r.nextDouble() * 0.2;
            PlanTerms terms = switch (id % 4) {
                case 0 -> PlanTerms.fixed(p);
                case 1 -> PlanTerms.timeOfUse(p + 0.45, p + 0.25, p, p - 0.25);
                case 2 -> PlanTerms.tiered(new double[] {300, 1000}, new double[] {p - 0.05, p, p + 0.3});
                default -> PlanTerms.discount(r.nextDouble() * 0.08);
            };
            if (id % 3 == 0) {
                terms = terms.withVolume(200 + r.nextInt(1500), 0.1, 0.2, 0.1);
            }
            list.add(new Recommender.Candidate(id, terms.withConditions(12, 30, 100, id % 5 * 20, 0.1), 0));
        }
        return list;
    }
}
