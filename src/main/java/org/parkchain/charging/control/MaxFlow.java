package org.parkchain.charging.control;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Dinic's maximum flow on a small dense-enough graph with double capacities: the feasibility check of the
 * stations-to-slots transportation network. Capacities below {@link #EPS} count as zero.
 */
final class MaxFlow {
    static final double EPS = 1e-9;
    private final int n;
    private int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private double[] cap = new double[16];
    private int edges;
    private int[] level;
    private int[] it;

    MaxFlow(int nodes) {
        n = nodes;
        head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an edge and its residual twin; returns the edge's index (its twin is index ^ 1). */
    int edge(int from, int target, double capacity) {
        if (edges + 2 > to.length) {
            int size = to.length * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            cap = Arrays.copyOf(cap, size);
        }
        to[edges] = target;
        cap[edges] = capacity;
        next[edges] = head[from];
        head[from] = edges++;
        to[edges] = from;
        cap[edges] = 0;
        next[edges] = head[target];
        head[target] = edges++;
        return edges - 2;
    }

    /** The capacity edge {@code e} was added with. */
    double capacity(int e) {
        return cap[e] + cap[e ^ 1];
    }

    /** Raises edge {@code e}'s capacity to {@code capacity}, keeping the flow found so far. */
    void raise(int e, double capacity) {
        cap[e] = capacity - cap[e ^ 1];
    }

    /** What has flowed through edge {@code e}. */
    double flow(int e) {
        return cap[e ^ 1];
    }

    /** Augments the current flow to a maximum one; may be called again after {@link #raise}. */
    double run(int source, int sink) {
        double total = 0;
        level = new int[n];
        it = new int[n];
        while (bfs(source, sink)) {
            System.arraycopy(head, 0, it, 0, n);
            double f;
            while ((f = dfs(source, sink, Double.MAX_VALUE)) > EPS) {
                total += f;
            }
        }
        return total;
    }

    /** Nodes from which the sink can still be reached in the residual graph (after {@link #run}). */
    boolean[] reachSink(int sink) {
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[sink] = true;
        queue.add(sink);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int e = head[v]; e != -1; e = next[e]) {
                // edge e goes v -> to[e]; its twin to[e] -> v has residual cap[e ^ 1]
                int u = to[e];
                if (!seen[u] && cap[e ^ 1] > EPS) {
                    seen[u] = true;
                    queue.add(u);
                }
            }
        }
        return seen;
    }

    /** Nodes reachable from the source in the residual graph: the source side of a minimum cut. */
    boolean[] sourceSide(int source) {
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[source] = true;
        queue.add(source);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int e = head[v]; e != -1; e = next[e]) {
                if (!seen[to[e]] && cap[e] > EPS) {
                    seen[to[e]] = true;
                    queue.add(to[e]);
                }
            }
        }
        return seen;
    }

    private boolean bfs(int source, int sink) {
        Arrays.fill(level, -1);
        level[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int e = head[v]; e != -1; e = next[e]) {
                if (cap[e] > EPS && level[to[e]] < 0) {
                    level[to[e]] = level[v] + 1;
                    queue.add(to[e]);
                }
            }
        }
        return level[sink] >= 0;
    }

    private double dfs(int v, int sink, double pushed) {
        if (v == sink) {
            return pushed;
        }
        for (; it[v] != -1; it[v] = next[it[v]]) {
            int e = it[v];
            if (cap[e] > EPS && level[to[e]] == level[v] + 1) {
                double d = dfs(to[e], sink, Math.min(pushed, cap[e]));
                if (d > EPS) {
                    cap[e] -= d;
                    cap[e ^ 1] += d;
                    return d;
                }
            }
        }
        return 0;
    }
}
