package org.parkchain.ledger.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.ledger.contract.AuditRecords;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.control.MirrorBatch;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * Drains the outbox onto the ledger, on the container's managed scheduler. Business rules: one node drains at a time
 * (a PostgreSQL advisory lock, released by the database if the node dies); batches are cut by size and by age
 * ({@code batch-size}, {@code batch-timeout}); a batch left unconfirmed is resubmitted before anything new is cut, so
 * a crash or an outage never loses or reorders entries and the idempotent contract never records one twice; while the
 * ledger is unreachable the worker backs off exponentially and the application goes on serving.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MirrorWorker {
    private static final Logger LOG = Logger.getLogger(MirrorWorker.class.getName());
    private static final Duration MAX_DRAIN_PER_TICK = Duration.ofSeconds(2);
    private static final Duration SNAPSHOT_EVERY = Duration.ofSeconds(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    @Inject
    MirrorBatches batches;

    @Inject
    MirrorMonitor monitor;

    @Inject
    MirrorState state;

    @Inject
    LedgerGateway ledger;

    @Inject
    Clock clock;

    @Inject
    MirrorMetrics metrics;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.mirror.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.mirror.batch-size", defaultValue = "500")
    int batchSize;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.mirror.batch-timeout", defaultValue = "PT0.2S")
    Duration batchTimeout;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.mirror.poll-interval", defaultValue = "PT0.1S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.mirror.backoff-initial", defaultValue = "PT0.5S")
    Duration backoffInitial;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.mirror.backoff-max", defaultValue = "PT2S")
    Duration backoffMax;

    private ScheduledFuture<?> task;
    private volatile Instant lastSnapshot = Instant.MIN;

    @PostConstruct
    void start() {
        if (batchSize < 1 || batchSize > AuditRecords.MAX_BATCH_SIZE) {
            throw new IllegalStateException("parkchain.ledger.mirror.batch-size must be 1.."
                    + AuditRecords.MAX_BATCH_SIZE);
        }
        metrics.register();
        if (!enabled) {
            LOG.warning("Ledger mirror is disabled (parkchain.ledger.mirror.enabled=false); the outbox only grows");
            return;
        }
        long period = Math.max(10, pollInterval.toMillis());
        task = scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Ledger mirror started: " + ledger.kind() + " ledger, batches of up to " + batchSize
                + " entries or " + batchTimeout.toMillis() + " ms");
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One scheduled run: drain for a while if this node gets the drainer lock. Never throws. */
    void tick() {
        try {
            refreshSnapshot();
            if (state.waiting(clock.instant())) {
                return;
            }
            drainIfLeader();
        } catch (RuntimeException | SQLException e) {
            // the database is away or the adapter is misconfigured: back off like for an unreachable ledger
            boolean first = state.retryAt() == null;
            state.failed(e.getMessage(), clock.instant(), backoffInitial, backoffMax);
            LOG.log(first ? Level.WARNING : Level.FINE, "Ledger mirror run failed; retry after " + state.retryAt(), e);
        }
    }

    /** @return the number of entries mirrored in this call (0 when another node holds the lock) */
    public int drainIfLeader() throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "SELECT pg_try_advisory_lock(?)")) {
                return 0;
            }
            try {
                return drain();
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        }
    }

    private int drain() throws SQLException {
        Instant until = clock.instant().plus(MAX_DRAIN_PER_TICK);
        int mirrored = 0;
        while (clock.instant().isBefore(until)) {
            Optional<MirrorBatch> next = batches.nextUnconfirmed();
            if (next.isEmpty()) {
                next = batches.cut(batchSize, batchTimeout);
            }
            if (next.isEmpty()) {
                break;
            }
            MirrorBatch batch = next.get();
            try {
                long t0 = System.nanoTime();
                String receipt = ledger.submit(AuditRecords.RECORD_BATCH, batch.toJson());
                long t1 = System.nanoTime();
                batches.confirm(batch, receipt);
                long t2 = System.nanoTime();
                LOG.fine(() -> "Batch " + batch.id() + " (" + batch.entries().size() + " entries): ledger "
                        + (t1 - t0) / 1_000_000 + " ms, confirm " + (t2 - t1) / 1_000_000 + " ms");
                state.mirrored(batch.entries().size(), clock.instant());
                mirrored += batch.entries().size();
            } catch (LedgerException e) {
                batches.countAttempt(batch.id());
                state.failed(e.getMessage(), clock.instant(), backoffInitial, backoffMax);
                Level level = e.kind() == LedgerException.Kind.REJECTED ? Level.SEVERE : Level.WARNING;
                LOG.log(level, () -> "Batch " + batch.id() + " not recorded (" + e.kind() + "), retry after "
                        + state.retryAt() + ": " + e.getMessage());
                break;
            }
        }
        return mirrored;
    }

    private void refreshSnapshot() throws SQLException {
        Instant now = clock.instant();
        if (Duration.between(lastSnapshot, now).compareTo(SNAPSHOT_EVERY) >= 0) {
            lastSnapshot = now;
            state.snapshot(monitor.snapshot());
        }
    }

    private static boolean advisory(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, AdvisoryLock.MIRROR_DRAINER.id());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
