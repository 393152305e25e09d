package org.parkchain.charging.boundary;

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
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Clears the call market for charging rights at fixed times by itself: every
 * {@code parkchain.charging.trading.poll-interval} (default one minute) it clears each transformer's day that has
 * open orders placed before the latest clearing time (every full {@code parkchain.charging.trading.clearing-interval}
 * of the day, default each hour), each in its own transaction. Safe with several nodes: a clearing takes the
 * transformer's trading lock and clears only orders still open.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClearingJob {
    private static final Logger LOG = Logger.getLogger(ClearingJob.class.getName());
    public static final String ACTOR = "clearing-time";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clearings clearings;

    @Inject
    TradingDesk desk;

    @Inject
    @ConfigProperty(name = "parkchain.charging.trading.poll-interval", defaultValue = "PT1M")
    Duration pollInterval;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        desk.terms(); // terms out of range stop the deployment here
        task = scheduler.scheduleWithFixedDelay(this::tick, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void tick() {
        try {
            for (Object[] due : clearings.due()) {
                long transformer = ((Number) due[0]).longValue();
                LocalDate day = (LocalDate) due[1];
                try {
                    clearings.clear(transformer, day, ACTOR);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Clearing of transformer " + transformer + " on " + day + " failed", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for due clearings failed", e);
        }
    }
}
