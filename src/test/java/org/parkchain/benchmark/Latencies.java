package org.parkchain.benchmark;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Response times per page, kept whole (a run has at most a few hundred thousand), and failures per page. */
final class Latencies {
    /** The figures of one page over a run. */
    record Figures(String page, int requests, int failures, double perSecond, double p50, double p95, double p99,
                   double kilobytes, double viewStateBytes) {
    }

    private final Map<String, long[]> micros = new TreeMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private final Map<String, long[]> sizes = new TreeMap<>();

    /** One response: its time, whether it was the expected 200, its body's bytes and its view state's characters. */
    synchronized void record(String page, long nanos, boolean ok, int bodyBytes, int viewStateBytes) {
        long[] size = sizes.computeIfAbsent(page, p -> new long[2]);
        size[0] += bodyBytes;
        size[1] += viewStateBytes;
        long[] values = micros.computeIfAbsent(page, p -> new long[1024]);
        int n = counts.getOrDefault(page, 0);
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
            micros.put(page, values);
        }
        values[n] = nanos / 1_000;
        counts.put(page, n + 1);
        if (!ok) {
            failures.merge(page, 1, Integer::sum);
        }
    }

    synchronized int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int totalFailures() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Per page, in path order, over a run of {@code seconds}; then the whole mix as "all". */
    synchronized java.util.List<Figures> figures(double seconds) {
        java.util.List<Figures> out = new java.util.ArrayList<>();
        long[] all = new long[total()];
        long[] allSizes = new long[2];
        int at = 0;
        for (Map.Entry<String, long[]> e : micros.entrySet()) {
            int n = counts.get(e.getKey());
            long[] v = Arrays.copyOf(e.getValue(), n);
            System.arraycopy(v, 0, all, at, n);
            at += n;
            long[] size = sizes.get(e.getKey());
            allSizes[0] += size[0];
            allSizes[1] += size[1];
            out.add(figures(e.getKey(), v, failures.getOrDefault(e.getKey(), 0), seconds, size));
        }
        out.add(figures("all", all, totalFailures(), seconds, allSizes));
        return out;
    }

    private static Figures figures(String page, long[] v, int failed, double seconds, long[] size) {
        Arrays.sort(v);
        int n = Math.max(1, v.length);
        return new Figures(page, v.length, failed, v.length / seconds, pct(v, 0.50), pct(v, 0.95), pct(v, 0.99),
                size[0] / 1024.0 / n, (double) size[1] / n);
    }

    /** The nearest-rank percentile in milliseconds. */
    static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1_000.0;
    }
}
