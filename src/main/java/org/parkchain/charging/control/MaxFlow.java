package org.parkchain.charging.control;

import java.util.Arrays;

/**
 * Dinic's maximum flow with double capacities: the feasibility check of the stations-to-slots transportation
 * network. Edges are added first; at the first flow they are laid out node by node (compressed rows: a node's edges,
 * and the residual twins of the edges into it, side by side in memory), which is what the searches walk. Capacities
 * below {@link #EPS} count as zero. An edge is named by the number {@link #edge} returned.
 */
final class MaxFlow {
    static final double EPS = 1e-9;
    private final int n;
    private int[] fromList = new int[16];
    private int[] toList = new int[16];
    private double[] capList = new double[16];
    private int edges;
    /** Compressed rows: node v's entries are start[v] .. start[v + 1] - 1. */
    private int[] start;
    private int[] to;
    private double[] cap;
    private int[] rev;
    /** Position of edge k's forward entry. */
    private int[] pos;
    private int[] level;
    private int[] it;
    private int[] queueBuffer;

    MaxFlow(int nodes) {
        n = nodes;
    }

    /** Adds an edge (before the first flow); returns its name. */
    int edge(int from, int target, double capacity) {
        if (start != null) {
            throw new IllegalStateException("edges are added before the first flow");
        }
        if (edges == toList.length) {
            fromList = Arrays.copyOf(fromList, edges * 2);
            toList = Arrays.copyOf(toList, edges * 2);
            capList = Arrays.copyOf(capList, edges * 2);
        }
        fromList[edges] = from;
        toList[edges] = target;
        capList[edges] = capacity;
        return edges++;
    }

    private void compact() {
        if (start != null) {
            return;
        }
        start = new int[n + 1];
        for (int k = 0; k < edges; k++) {
            start[fromList[k] + 1]++;
            start[toList[k] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, n);
        to = new int[2 * edges];
        cap = new double[2 * edges];
        rev = new int[2 * edges];
        pos = new int[edges];
        for (int k = 0; k < edges; k++) {
            int a = fill[fromList[k]]++;
            int b = fill[toList[k]]++;
            to[a] = toList[k];
            cap[a] = capList[k];
            to[b] = fromList[k];
            rev[a] = b;
            rev[b] = a;
            pos[k] = a;
        }
        level = new int[n];
        it = new int[n];
        queueBuffer = new int[n];
        fromList = null;
        toList = null;
        capList = null;
    }

    /** The capacity edge {@code e} was given (or raised to). */
    double capacity(int e) {
        compact();
        int p = pos[e];
        return cap[p] + cap[rev[p]];
    }

    /** Raises edge {@code e}'s capacity to {@code capacity}, keeping the flow found so far. */
    void raise(int e, double capacity) {
        compact();
        int p = pos[e];
        cap[p] = capacity - cap[rev[p]];
    }

    /** Takes {@code amount} of flow back from edge {@code e} (the caller keeps the flow balanced at the nodes). */
    void unpush(int e, double amount) {
        compact();
        int p = pos[e];
        cap[p] += amount;
        cap[rev[p]] -= amount;
    }

    /** What flows through edge {@code e}. */
    double flow(int e) {
        compact();
        return cap[rev[pos[e]]];
    }

    /** Augments the current flow to a maximum one; may be called again after {@link #raise} or {@link #unpush}. */
    double run(int source, int sink) {
        compact();
        double total = 0;
        while (bfs(source, sink)) {
            System.arraycopy(start, 0, it, 0, n);
            double f;
            while ((f = dfs(source, sink, Double.MAX_VALUE)) > EPS) {
                total += f;
            }
        }
        return total;
    }

    /**
     * Augments from the source into node {@code target} and on through {@code exit}, the target's edge to the sink,
     * along shortest residual paths searched backwards from the target, until the exit is full or no path is left; a
     * path usually ends one step back (a station with demand left), so each costs little.
     *
     * @return the flow added
     */
    double fillThrough(int source, int target, int exit) {
        compact();
        int[] parent = new int[n];
        int[] queue = queueBuffer;
        int out = pos[exit];
        double added = 0;
        while (cap[out] > EPS) {
            Arrays.fill(parent, -2);
            parent[target] = -1;
            int first = 0;
            int tail = 0;
            queue[tail++] = target;
            boolean found = false;
            while (first < tail && !found) {
                int v = queue[first++];
                for (int p = start[v]; p < start[v + 1]; p++) {
                    int u = to[p];
                    // the residual edge u -> v is p's twin
                    if (parent[u] == -2 && cap[rev[p]] > EPS) {
                        parent[u] = rev[p];
                        if (u == source) {
                            found = true;
                            break;
                        }
                        queue[tail++] = u;
                    }
                }
            }
            if (!found) {
                break;
            }
            double push = cap[out];
            for (int v = source; v != target; v = to[parent[v]]) {
                push = Math.min(push, cap[parent[v]]);
            }
            for (int v = source; v != target; v = to[parent[v]]) {
                cap[parent[v]] -= push;
                cap[rev[parent[v]]] += push;
            }
            cap[out] -= push;
            cap[rev[out]] += push;
            added += push;
        }
        return added;
    }

    /** Nodes from which the sink can still be reached in the residual graph. */
    boolean[] reachSink(int sink) {
        compact();
        boolean[] seen = new boolean[n];
        int[] queue = queueBuffer;
        int first = 0;
        int tail = 0;
        seen[sink] = true;
        queue[tail++] = sink;
        while (first < tail) {
            int v = queue[first++];
            for (int p = start[v]; p < start[v + 1]; p++) {
                int u = to[p];
                if (!seen[u] && cap[rev[p]] > EPS) {
                    seen[u] = true;
                    queue[tail++] = u;
                }
            }
        }
        return seen;
    }

    /** Nodes reachable from the source in the residual graph: the source side of a minimum cut. */
    boolean[] sourceSide(int source) {
        compact();
        boolean[] seen = new boolean[n];
        int[] queue = queueBuffer;
        int first = 0;
        int tail = 0;
        seen[source] = true;
        queue[tail++] = source;
        while (first < tail) {
            int v = queue[first++];
            for (int p = start[v]; p < start[v + 1]; p++) {
                if (!seen[to[p]] && cap[p] > EPS) {
                    seen[to[p]] = true;
                    queue[tail++] = to[p];
                }
            }
        }
        return seen;
    }

    private boolean bfs(int source, int sink) {
        Arrays.fill(level, -1);
        level[source] = 0;
        int[] queue = queueBuffer;
        int first = 0;
        int tail = 0;
        queue[tail++] = source;
        while (first < tail) {
            int v = queue[first++];
            if (level[sink] >= 0 && level[v] >= level[sink]) {
                break; // every level up to the sink's is known
            }
            for (int p = start[v]; p < start[v + 1]; p++) {
                if (cap[p] > EPS && level[to[p]] < 0) {
                    level[to[p]] = level[v] + 1;
                    queue[tail++] = to[p];
                }
            }
        }
        return level[sink] >= 0;
    }

    private double dfs(int v, int sink, double pushed) {
        if (v == sink) {
            return pushed;
        }
        for (; it[v] < start[v + 1]; it[v]++) {
            int p = it[v];
            if (cap[p] > EPS && level[to[p]] == level[v] + 1) {
                double d = dfs(to[p], sink, Math.min(pushed, cap[p]));
                if (d > EPS) {
                    cap[p] -= d;
                    cap[rev[p]] += d;
                    return d;
                }
            }
        }
        return 0;
    }
}
