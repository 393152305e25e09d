package org.parkchain.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time of the processes in a benchmark, sampled while it runs: the application's server, this JVM (the Gateway
 * fixture and the load clients) and PostgreSQL's processes (the postmaster and its backends). Each sample is cheap
 * (the kernel's counters through {@link ProcessHandle}), so sampling does not disturb what it measures.
 */
final class ProcessCpu {
    /** Cumulative CPU milliseconds of each side at one moment. */
    record Sample(Instant at, long appMs, long benchMs, long postgresMs) {
    }

    private final ProcessHandle app;
    private final List<Sample> samples = new ArrayList<>();

    ProcessCpu(ProcessHandle app) {
        this.app = app;
    }

    void sample() {
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToLong(ProcessCpu::cpuMs).sum();
        samples.add(new Sample(Instant.now(), cpuMs(app), cpuMs(ProcessHandle.current()), postgres));
    }

    /**
     * CPU milliseconds each side spent from the first sample to the one nearest {@code to}: {app, bench, postgres}.
     * PostgreSQL backends that ended in between are not counted (the mirror's connections are pooled).
     */
    long[] until(Instant to) {
        Sample a = samples.get(0);
        Sample b = nearest(to);
        return new long[] {b.appMs() - a.appMs(), b.benchMs() - a.benchMs(), b.postgresMs() - a.postgresMs()};
    }

    Instant first() {
        return samples.get(0).at();
    }

    Instant nearestTo(Instant t) {
        return nearest(t).at();
    }

    private Sample nearest(Instant t) {
        Sample best = samples.get(0);
        for (Sample s : samples) {
            if (Duration.between(s.at(), t).abs().compareTo(Duration.between(best.at(), t).abs()) < 0) {
                best = s;
            }
        }
        return best;
    }

    private static long cpuMs(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }
}
