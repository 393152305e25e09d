package org.parkchain.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The page-load run as Markdown: per page, the totals, the heap per session and the classes that grew most. */
final class PageLoadReport {
    private PageLoadReport() {
    }

    static String markdown(List<PageLoadBenchmark.Node> nodes, int sessions, int seconds,
                           List<Latencies.Figures> figures, long[] cpuBefore, long[] cpuAfter,
                           List<List<JvmProbe.Heap>> heaps, int warmupRequests) {
        StringBuilder md = new StringBuilder(PageLoadBenchmark.locale(
                "%d sessions on %d node(s), no think time, %d s measured after %,d warm-up requests%n%n",
                sessions, nodes.size(), seconds, warmupRequests));
        md.append("| page | requests | failed | per s | p50 ms | p95 ms | p99 ms | KB | view state chars |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        Latencies.Figures all = null;
        for (Latencies.Figures f : figures) {
            all = f;
            md.append(PageLoadBenchmark.locale("| %s | %,d | %d | %.1f | %.0f | %.0f | %.0f | %.1f | %.0f |%n",
                    f.page(), f.requests(), f.failures(), f.perSecond(), f.p50(), f.p95(), f.p99(), f.kilobytes(),
                    f.viewStateBytes()));
        }
        long cpu = 0;
        for (int i = 0; i < nodes.size(); i++) {
            cpu += cpuAfter[i] - cpuBefore[i];
        }
        md.append(PageLoadBenchmark.locale("%nCPU per request (all nodes): %.1f ms (%.2f cores on average)%n",
                (double) cpu / all.requests(), cpu / 1000.0 / seconds));
        String[] when = {"after every session opened every page of its role once", "after the run"};
        for (int i = 0; i < nodes.size(); i++) {
            JvmProbe.Heap before = heaps.get(0).get(i);
            if (before == null) {
                continue;
            }
            int onNode = (sessions + nodes.size() - 1 - i) / nodes.size();
            md.append(PageLoadBenchmark.locale("%nNode %s, %d sessions: live heap %,.1f MB before the sessions.%n",
                    nodes.get(i).baseUrl(), onNode, before.liveBytes() / 1e6));
            for (int w = 0; w < when.length; w++) {
                JvmProbe.Heap after = heaps.get(w + 1).get(i);
                if (w == 1) {
                    JvmProbe.Heap out = heaps.get(3).get(i);
                    md.append(PageLoadBenchmark.locale("%nHeld by the sessions (after the run less after all logged"
                            + " out, %,.1f MB): %,.0f KB per session. Most:%n%n", out.liveBytes() / 1e6,
                            (after.liveBytes() - out.liveBytes()) / 1024.0 / onNode));
                    for (Map.Entry<String, Long> e : growth(out, after, 10)) {
                        md.append(PageLoadBenchmark.locale("- %,.0f KB per session: %s%n",
                                e.getValue() / 1024.0 / onNode, e.getKey()));
                    }
                }
                md.append(PageLoadBenchmark.locale("%n%s: %,.1f MB, %,.0f KB per session. Grew most:%n%n", when[w],
                        after.liveBytes() / 1e6, (after.liveBytes() - before.liveBytes()) / 1024.0 / onNode));
                for (Map.Entry<String, Long> e : growth(before, after, 10)) {
                    md.append(PageLoadBenchmark.locale("- %,.0f KB per session: %s%n", e.getValue() / 1024.0 / onNode,
                            e.getKey()));
                }
            }
        }
        return md.toString();
    }

    private static List<Map.Entry<String, Long>> growth(JvmProbe.Heap before, JvmProbe.Heap after, int top) {
        Map<String, Long> delta = new HashMap<>(after.byClass());
        before.byClass().forEach((k, v) -> delta.merge(k, -v, Long::sum));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(delta.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return sorted.subList(0, Math.min(top, sorted.size()));
    }
}
