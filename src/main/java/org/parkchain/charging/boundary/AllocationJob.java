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
 * Allocates charging rights at gate closure by itself: every {@code parkchain.charging.allocation.poll-interval}
 * (default one minute) it allocates, transformer by transformer, the latest day whose gate has closed, where stations
 * asked for something and nobody has allocated it yet, the transformers side by side on the container's managed
 * executor (each transformer is independent). Safe with several nodes: {@link Allocations#run} takes an
 * advisory lock per transformer and returns a run that exists, and each transformer is its own transaction.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AllocationJob {
    private static final Logger LOG = Logger.getLogger(AllocationJob.class.getName());
    public static final String ACTOR = "gate-closure";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    jakarta.enterprise.concurrent.ManagedExecutorService workers;

    @Inject
    Allocations allocations;

    @Inject
    ChargingGate gate;

    @Inject
    @ConfigProperty(name = "parkchain.charging.allocation.poll-interval", defaultValue = "PT1M")
    Duration pollInterval;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        gate.gate(); // a gate-closure time that is not HH:mm stops the deployment here
        task = scheduler.scheduleWithFixedDelay(this::tick, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Allocates the due transformers side by side (each its own transaction), and waits for all of them. */
    void tick() {
        LocalDate day = gate.lastClosedDay();
        java.util.List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
        for (long transformer : allocations.dueWithRequirements(day)) {
            runs.add(workers.submit(() -> allocations.run(transformer, day, ACTOR)));
        }
        for (java.util.concurrent.Future<?> run : runs) {
            try {
                run.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.log(Level.WARNING, "Allocation on " + day + " failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
