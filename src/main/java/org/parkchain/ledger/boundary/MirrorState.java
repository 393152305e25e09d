package org.parkchain.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this node's mirror worker is doing: its last error (until a batch succeeds again) and when it retries, when it
 * last recovered, and what it mirrored since start.
 * The backlog and lag come from the database ({@link MirrorMonitor}) because any node may be the one draining.
 */
@ApplicationScoped
public class MirrorState {
    private final AtomicLong mirroredEntries = new AtomicLong();
    private final AtomicLong mirroredBatches = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong confirmedByLookup = new AtomicLong();
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile Instant recoveredAt;
    private volatile Instant retryAt = Instant.MIN;
    private volatile Duration backoff = Duration.ZERO;
    private volatile MirrorMonitor.Snapshot snapshot;

    /** A batch reached the ledger: the backoff resets and the last error is cleared (the failures still count). */
    synchronized void mirrored(int entries, Instant now) {
        mirroredEntries.addAndGet(entries);
        mirroredBatches.incrementAndGet();
        if (lastError != null) {
            recoveredAt = now;
        }
        lastError = null;
        lastErrorAt = null;
        backoff = Duration.ZERO;
        retryAt = Instant.MIN;
    }

    synchronized void failed(String message, Instant now, Duration initial, Duration max) {
        failures.incrementAndGet();
        lastError = message;
        lastErrorAt = now;
        Duration next = backoff.isZero() ? initial : backoff.multipliedBy(2);
        backoff = next.compareTo(max) > 0 ? max : next;
        retryAt = now.plus(backoff);
    }

    boolean waiting(Instant now) {
        return now.isBefore(retryAt);
    }

    /** A left-over batch was confirmed from the ledger: its earlier transaction had committed; none was sent. */
    void countConfirmedByLookup() {
        confirmedByLookup.incrementAndGet();
    }

    void snapshot(MirrorMonitor.Snapshot s) {
        snapshot = s;
    }

    public MirrorMonitor.Snapshot lastSnapshot() {
        return snapshot;
    }

    public long mirroredEntries() {
        return mirroredEntries.get();
    }

    public long mirroredBatches() {
        return mirroredBatches.get();
    }

    /** Left-over batches confirmed from the ledger by their earlier transaction's commit status, without a new one. */
    public long confirmedByLookup() {
        return confirmedByLookup.get();
    }

    public long failures() {
        return failures.get();
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastErrorAt() {
        return lastErrorAt;
    }

    /** When a batch last succeeded after a failure (null: never failed since start). */
    public Instant recoveredAt() {
        return recoveredAt;
    }

    /** When the worker tries again after a failure, or null when it is not backing off. */
    public Instant retryAt() {
        return backoff.isZero() ? null : retryAt;
    }
}
