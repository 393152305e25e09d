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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.ledger.contract.AuditRecords;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * Drains the outbox onto the ledger, on the container's managed scheduler. Business rules: one node drains at a time
 * (a PostgreSQL advisory lock, released by the database if the node dies); batches are cut by count, bytes and age
 * ({@code batch-size}, {@code batch-bytes}, {@code batch-timeout}) and up to {@code in-flight} of them are on their way
 * at once ({@link MirrorPipeline}); a batch left unconfirmed is looked up by its transaction id before it is sent
 * again, so a crash or an outage never loses an entry and the idempotent contract never records one twice; while the
 * ledger is unreachable the worker backs off exponentially (at most {@code backoff-max}) and the application goes on
 * serving.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MirrorWorker {
    private static final Logger LOG = Logger.getLogger(MirrorWorker.class.getName());
    /** The embedded ledger appends one block at a time; more batches in flight would only wait on its lock. */
    private static final int EMBEDDED_IN_FLIGHT = 1;
    private static final Duration SNAPSHOT_EVERY = Duration.ofSeconds(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threads;

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
    @ConfigProperty(name = "parkchain.ledger.mirror.batch-bytes", defaultValue = "98304")
    int batchBytes;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.mirror.in-flight", defaultValue = "16")
    int inFlight;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.mirror.lookup-wait", defaultValue = "PT3S")
    Duration lookupWait;

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
    private ExecutorService pool;
    private MirrorPipeline.Settings settings;
    private volatile boolean stopping;
    private volatile Instant lastSnapshot = Instant.MIN;

    @PostConstruct
    void start() {
        if (batchSize < 1 || batchSize > AuditRecords.MAX_BATCH_SIZE) {
            throw new IllegalStateException("parkchain.ledger.mirror.batch-size must be 1.."
                    + AuditRecords.MAX_BATCH_SIZE);
        }
        if (batchBytes < 1_024 || inFlight < 1 || inFlight > 256) {
            throw new IllegalStateException("parkchain.ledger.mirror.batch-bytes must be at least 1024 and"
                    + " parkchain.ledger.mirror.in-flight 1..256");
        }
        int slots = "embedded".equals(ledger.kind()) ? Math.min(inFlight, EMBEDDED_IN_FLIGHT) : inFlight;
        settings = new MirrorPipeline.Settings(batchSize, batchBytes, batchTimeout, pollInterval, slots, lookupWait,
                backoffInitial, backoffMax);
        // new batches in flight, plus as many left-over ones being looked up beside them (threads start on first use)
        pool = Executors.newFixedThreadPool(2 * slots, threads);
        metrics.register();
        if (!enabled) {
            LOG.warning("Ledger mirror is disabled (parkchain.ledger.mirror.enabled=false); the outbox only grows");
            return;
        }
        long period = Math.max(10, pollInterval.toMillis());
        task = scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Ledger mirror started: " + ledger.kind() + " ledger, batches of up to " + batchSize
                + " entries, " + batchBytes + " bytes or " + batchTimeout.toMillis() + " ms, " + slots
                + " in flight");
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (task != null) {
            task.cancel(false);
        }
        if (pool != null) {
            pool.shutdown(); // the drain saw stopping and waits for its batches in flight
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
        return new MirrorPipeline(batches, ledger, state, clock, settings, pool).drain(() -> !stopping,
                this::refreshQuietly);
    }

    private void refreshQuietly() {
        try {
            refreshSnapshot();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Ledger mirror status not refreshed", e);
        }
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
