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
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Submits queued private data ({@link PrivateOutbox}) every {@code parkchain.ledger.private.poll-interval} on the
 * nodes that run the ledger mirror ({@code parkchain.ledger.mirror.enabled}); one node at a time takes them.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PrivateOutboxWorker {
    private static final Logger LOG = Logger.getLogger(PrivateOutboxWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PrivateOutbox outbox;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.mirror.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.private.poll-interval", defaultValue = "PT0.5S")
    Duration pollInterval;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        if (enabled) {
            long period = Math.max(50, pollInterval.toMillis());
            task = scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void tick() {
        try {
            while (outbox.drain() == PrivateOutbox.PER_DRAIN) {
                LOG.fine("more private submissions waiting");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "private submissions wait for the next run", e);
        }
    }
}
