package org.parkchain.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The mirror's figures on {@code /metrics} (application scope), from the snapshot the worker refreshes about once a
 * second: backlog, current lag, recent lag percentiles and this node's failed submissions.
 */
@ApplicationScoped
public class MirrorMetrics {
    @Inject
    MetricRegistry registry;

    @Inject
    MirrorState state;

    void register() {
        gauge("parkchain_mirror_backlog", MetricUnits.NONE, "Outbox entries not yet confirmed by the ledger",
                s -> s.lastSnapshot() == null ? 0L : s.lastSnapshot().backlog());
        gauge("parkchain_mirror_lag", MetricUnits.SECONDS, "How long the oldest unmirrored entry has waited",
                s -> s.lastSnapshot() == null ? 0.0 : s.lastSnapshot().currentLag().toMillis() / 1000.0);
        gauge("parkchain_mirror_lag_p50", MetricUnits.SECONDS, "Median commit-to-ledger time, last 10,000 entries",
                s -> s.lastSnapshot() == null ? 0.0 : s.lastSnapshot().lagP50().toMillis() / 1000.0);
        gauge("parkchain_mirror_lag_p99", MetricUnits.SECONDS, "99th percentile commit-to-ledger time, last 10,000",
                s -> s.lastSnapshot() == null ? 0.0 : s.lastSnapshot().lagP99().toMillis() / 1000.0);
        gauge("parkchain_mirror_failures", MetricUnits.NONE, "Failed ledger submissions on this node since start",
                MirrorState::failures);
        gauge("parkchain_mirror_mirrored_entries", MetricUnits.NONE, "Entries this node mirrored since start",
                MirrorState::mirroredEntries);
    }

    private <R extends Number> void gauge(String name, String unit, String description, Function<MirrorState, R> f) {
        MirrorState target = state;
        registry.gauge(Metadata.builder().withName(name).withUnit(unit).withDescription(description).build(),
                target, f);
    }
}
